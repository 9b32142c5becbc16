package org.orrery.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.protocol.Frame;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.HandshakeResponse;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

/**
 * A client that pipelines many large queries and does not read: the server must stop running
 * them once its output backs up, instead of buffering every page, and finish them all once the
 * client reads.
 */
class BackPressureTest {
  private static final int REQUESTS = 400;
  private static final int ROWS = 20_000;

  @Test
  void aSlowReaderStopsTheServerFromProducingPages() throws Exception {
    FakeQueryEngine engine = new FakeQueryEngine();
    RpcServerConfig config = RpcServerConfig.defaults().withPort(0).withMaxPendingRequests(4);
    try (RpcServer server = new RpcServer(config, engine, new FakeUserService());
        RawClient client = startedClient(server)) {
      assertInstanceOf(HandshakeResponse.class, client.call(1, RawClient.handshake("root", "root")));
      for (int i = 0; i < REQUESTS; i++) {
        // one row under the fetch size, so that each query ends within its first page
        client.send(10 + i, new ExecuteRequest("select rows " + ROWS, ROWS + 1, 0));
      }
      int executed = waitUntilStable(engine);
      // each answer is ~0.5 MB: running them all would buffer ~200 MB for a client that reads nothing
      assertTrue(executed < REQUESTS / 2, "the server ran " + executed + " of " + REQUESTS + " queries for a client that did not read");
      for (int i = 0; i < REQUESTS; i++) {
        Frame frame = client.read();
        assertEquals(10 + i, frame.requestId());
        ResultHeaderResponse header = assertInstanceOf(ResultHeaderResponse.class, frame.message());
        assertEquals(ROWS, header.firstPage().rowCount());
        assertTrue(header.firstPage().last());
      }
      assertEquals(REQUESTS, engine.executions.get());
    }
  }

  private static RawClient startedClient(RpcServer server) throws Exception {
    server.start();
    return new RawClient(server.port());
  }

  /** The execution count once it has not moved for a while (the server is blocked on output). */
  private static int waitUntilStable(FakeQueryEngine engine) throws InterruptedException {
    int last = -1;
    int stableRounds = 0;
    while (stableRounds < 5) {
      Thread.sleep(200);
      int now = engine.executions.get();
      stableRounds = now == last ? stableRounds + 1 : 0;
      last = now;
    }
    return last;
  }
}
