package org.orrery.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.common.error.ErrorCode;
import org.orrery.protocol.message.CloseQueryRequest;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.HandshakeResponse;
import org.orrery.protocol.message.OkResponse;
import org.orrery.protocol.message.PingRequest;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.protocol.message.ResultPage;
import org.orrery.protocol.message.ResultPageResponse;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

/**
 * The server produces a query's next page right after sending one, before its FETCH arrives,
 * without changing what the client receives, and without delaying CLOSE_QUERY.
 */
class PageAheadTest {
  private final FakeQueryEngine engine = new FakeQueryEngine();
  private RpcServer server;

  private RawClient startAndLogin() throws Exception {
    server = new RpcServer(RpcServerConfig.defaults().withPort(0), engine, new FakeUserService());
    server.start();
    RawClient client = new RawClient(server.port());
    assertInstanceOf(HandshakeResponse.class, client.call(1, RawClient.handshake("root", "root")));
    return client;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theNextPageIsProducedBeforeItsFetchAndRowsStayInOrder() throws Exception {
    try (RawClient client = startAndLogin()) {
      ResultHeaderResponse header = (ResultHeaderResponse) client.call(2, new ExecuteRequest("select rows 35", 10, 0));
      assertEquals(10, header.firstPage().rowCount());
      // no FETCH sent yet: the engine is asked for rows 10..19 anyway
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (engine.rowsProduced.get() < 20 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(20, engine.rowsProduced.get(), "one page ahead, not more");
      long expected = 10;
      int requestId = 3;
      ResultPage page;
      do {
        page = ((ResultPageResponse) client.call(requestId++, new FetchRequest(header.queryId(), 10))).page();
        for (Block block : page.blocks()) {
          for (int r = 0; r < block.rowCount(); r++) {
            assertEquals(expected * 1000, block.time(r));
            assertEquals(expected, block.column(0).longs()[r]);
            expected++;
          }
        }
        assertTrue(page.rowCount() <= 10, "a page holds at most the fetch size: " + page.rowCount());
      } while (!page.last());
      assertEquals(35, expected);
      assertEquals(1, engine.closedResults.get(), "released with its last page");
      ErrorResponse gone = (ErrorResponse) client.call(requestId, new FetchRequest(header.queryId(), 10));
      assertEquals(ErrorCode.ILLEGAL_ARGUMENT, gone.code());
    }
  }

  @Test
  void closeIsNotKeptWaitingByAPageBeingProducedAhead() throws Exception {
    try (RawClient client = startAndLogin()) {
      // SLOW: one row, then the engine blocks until the query is cancelled, so the page the
      // server produces ahead never finishes on its own
      ResultHeaderResponse header = (ResultHeaderResponse) client.call(2, new ExecuteRequest("slow", 1, 0));
      assertFalse(header.firstPage().last());
      assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
        assertInstanceOf(OkResponse.class, client.call(3, new CloseQueryRequest(header.queryId())));
        assertInstanceOf(OkResponse.class, client.call(4, new PingRequest()));
      }, "CLOSE_QUERY waited for the page produced ahead");
      assertEquals(1, engine.closedResults.get());
    }
  }
}
