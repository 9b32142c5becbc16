package org.orrery.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertTablet;
import org.orrery.protocol.Frame;
import org.orrery.protocol.FrameHeader;
import org.orrery.protocol.MessageType;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.HandshakeResponse;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.OkResponse;
import org.orrery.protocol.message.PingRequest;
import org.orrery.protocol.message.WireTablet;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

/**
 * INSERT_TABLETS requests pipelined on one connection: those queued behind a running insert are
 * written with one engine call, and each still gets its own answer, in order. The engine's first
 * call is held at a gate so that the following requests are queued when it returns; the test
 * waits a moment for the server to read them off the socket before opening the gate.
 */
class PipelinedInsertTest {
  /** Long enough for the server's event loop to read four small frames off a loopback socket. */
  private static final long SETTLE_MILLIS = 500;

  private final FakeQueryEngine engine = new FakeQueryEngine();
  private RpcServer server;
  private RawClient client;

  @BeforeEach
  void start() throws Exception {
    server = new RpcServer(RpcServerConfig.defaults().withPort(0), engine, new FakeUserService());
    server.start();
    client = new RawClient(server.port());
    assertInstanceOf(HandshakeResponse.class, client.call(1, RawClient.handshake("root", "root")));
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.close();
  }

  private static InsertTabletsRequest insert(String device, String... measurements) {
    List<Column> columns = new ArrayList<>();
    for (int m = 0; m < measurements.length; m++) {
      columns.add(new Column(DataType.INT64, new long[] {m, m + 1}, null, 2));
    }
    Block block = new Block(new long[] {100, 200}, columns, 2);
    return new InsertTabletsRequest(List.of(new WireTablet(device, false, List.of(measurements), block)));
  }

  /** Sends request 2 and waits until the engine holds it at the gate. */
  private void sendFirstAndHoldIt(CountDownLatch gate) throws Exception {
    engine.insertGate = gate;
    client.send(2, insert("root.sg.d1", "s1"));
    assertTrue(engine.insertStarted.await(20, TimeUnit.SECONDS), "the first insert reached the engine");
  }

  private List<String> insertedDevices() {
    List<String> devices = new ArrayList<>();
    for (InsertTablet tablet : engine.inserted) {
      devices.add(tablet.device().toString());
    }
    return devices;
  }

  @Test
  void insertsQueuedBehindARunningOneAreWrittenTogetherAndAnsweredInOrder() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    sendFirstAndHoldIt(gate);
    client.send(3, insert("root.sg.d2", "s1"));
    client.send(4, insert("root.sg.d3", "s1"));
    client.send(5, insert("root.sg.d4", "s1"));
    client.send(6, new PingRequest());
    Thread.sleep(SETTLE_MILLIS);
    gate.countDown();
    for (int id = 2; id <= 5; id++) {
      Frame answer = client.read();
      assertEquals(id, answer.requestId());
      assertEquals("OK", assertInstanceOf(OkResponse.class, answer.message()).message());
    }
    Frame pong = client.read();
    assertEquals(6, pong.requestId());
    assertEquals("PONG", ((OkResponse) pong.message()).message());
    assertEquals(List.of(1, 3), engine.insertCalls, "the three queued requests became one engine call");
    assertEquals(List.of("root.sg.d1", "root.sg.d2", "root.sg.d3", "root.sg.d4"), insertedDevices());
  }

  @Test
  void aRejectionInAMergedWriteFailsEveryRequestOfItWhileTheAcceptedColumnsAreWritten() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    sendFirstAndHoldIt(gate);
    client.send(3, insert("root.sg.d2", "s1"));
    client.send(4, insert("root.sg.d3", "s1", "bad"));
    Thread.sleep(SETTLE_MILLIS);
    gate.countDown();
    assertInstanceOf(OkResponse.class, client.read().message(), "request 2 ran alone");
    for (int id = 3; id <= 4; id++) {
      Frame answer = client.read();
      assertEquals(id, answer.requestId());
      ErrorResponse error = assertInstanceOf(ErrorResponse.class, answer.message());
      assertEquals(ErrorCode.TYPE_MISMATCH, error.code());
      assertTrue(error.message().contains("2 pipelined insert requests written together"), error.message());
      assertTrue(error.message().contains("root.sg.d3.bad"), error.message());
      // d2.s1 and d3.s1: two rows each
      assertTrue(error.message().contains("4 values written"), error.message());
    }
    assertEquals(List.of(1, 2), engine.insertCalls);
  }

  @Test
  void aMalformedInsertEndsTheConnectionAfterWritingTheRequestsBeforeIt() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    sendFirstAndHoldIt(gate);
    client.send(3, insert("root.sg.d2", "s1"));
    client.sendRaw(malformedInsert(4));
    client.send(5, insert("root.sg.d5", "s1"));
    Thread.sleep(SETTLE_MILLIS);
    gate.countDown();
    assertEquals(2, client.read().requestId());
    Frame third = client.read();
    assertEquals(3, third.requestId());
    assertInstanceOf(OkResponse.class, third.message());
    Frame refusal = client.read();
    assertEquals(4, refusal.requestId());
    assertEquals(ErrorCode.PROTOCOL_ERROR, assertInstanceOf(ErrorResponse.class, refusal.message()).code());
    assertTrue(client.closedByServer());
    assertEquals(List.of("root.sg.d1", "root.sg.d2"), insertedDevices(), "request 5 came after the bad frame");
  }

  /** A well-formed header whose payload claims 5 tablets and holds none. */
  private static byte[] malformedInsert(int requestId) {
    ByteBuffer frame = ByteBuffer.allocate(Protocol.HEADER_SIZE + 4);
    new FrameHeader(Protocol.VERSION_1, MessageType.INSERT_TABLETS, requestId, 4).write(frame);
    frame.putInt(5);
    return frame.array();
  }
}
