package org.orrery.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertTablet;
import org.orrery.protocol.Frame;
import org.orrery.protocol.PageCompression;
import org.orrery.protocol.FrameCodec;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.message.CancelRequest;
import org.orrery.protocol.message.CloseQueryRequest;
import org.orrery.protocol.message.CloseSessionRequest;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.HandshakeRequest;
import org.orrery.protocol.message.HandshakeResponse;
import org.orrery.protocol.message.InsertRecordsRequest;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.OkResponse;
import org.orrery.protocol.message.PingRequest;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.protocol.message.ResultPage;
import org.orrery.protocol.message.ResultPageResponse;
import org.orrery.protocol.message.WireRecord;
import org.orrery.protocol.message.WireTablet;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

class RpcServerTest {
  private final FakeQueryEngine engine = new FakeQueryEngine();
  private RpcServer server;

  private RawClient start(RpcServerConfig config) throws Exception {
    server = new RpcServer(config.withPort(0), engine, new FakeUserService());
    server.start();
    return new RawClient(server.port());
  }

  private RawClient startAndLogin() throws Exception {
    RawClient client = start(RpcServerConfig.defaults());
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
  void handshakeNegotiatesVersionAndCompression() throws Exception {
    try (RawClient client = start(RpcServerConfig.defaults())) {
      Message reply = client.call(5, new HandshakeRequest(
          1, 7, "test", "alice", "secret1", "Asia/Shanghai", List.of(PageCompression.ZSTD, PageCompression.NONE)));
      HandshakeResponse ok = assertInstanceOf(HandshakeResponse.class, reply);
      assertEquals(Protocol.MAX_VERSION, ok.version(), "highest version both sides speak");
      assertEquals(PageCompression.ZSTD, ok.compression(), "first codec the client prefers");
      assertTrue(ok.serverVersion().startsWith("Orrery "), ok.serverVersion());
      assertEquals(Protocol.DEFAULT_MAX_FRAME_SIZE, ok.maxFrameSize());

      assertInstanceOf(OkResponse.class, client.call(6, new ExecuteRequest("create database root.sg", 10, 0)));
      assertEquals("alice", engine.sessions.get(0).user());
      assertEquals(ZoneId.of("Asia/Shanghai"), engine.sessions.get(0).zone());
    }
  }

  @Test
  void versionWithoutOverlapIsRefused() throws Exception {
    try (RawClient client = start(RpcServerConfig.defaults())) {
      Message reply = client.call(1, new HandshakeRequest(
          Protocol.MAX_VERSION + 1, Protocol.MAX_VERSION + 2, "future", "root", "root", "UTC", List.of()));
      assertEquals(ErrorCode.UNSUPPORTED_VERSION, ((ErrorResponse) reply).code());
      assertTrue(client.closedByServer());
    }
  }

  @Test
  void wrongPasswordIsRejectedAndTheConnectionClosed() throws Exception {
    try (RawClient client = start(RpcServerConfig.defaults())) {
      ErrorResponse error = assertInstanceOf(ErrorResponse.class, client.call(1, RawClient.handshake("root", "wrong")));
      assertEquals(ErrorCode.AUTHENTICATION_FAILED, error.code());
      assertTrue(error.message().contains("root"), error.message());
      assertFalse(error.message().contains("wrong"), "the password never appears in messages");
      assertTrue(client.closedByServer());
    }
    assertEquals(0, engine.executions.get());
  }

  @Test
  void requestsBeforeTheHandshakeAreRefused() throws Exception {
    try (RawClient client = start(RpcServerConfig.defaults())) {
      ErrorResponse error = assertInstanceOf(ErrorResponse.class, client.call(1, new ExecuteRequest("select rows 5", 10, 0)));
      assertEquals(ErrorCode.AUTHENTICATION_FAILED, error.code());
      assertTrue(client.closedByServer());
    }
    assertEquals(0, engine.executions.get(), "nothing reached the engine");
  }

  @Test
  void nonQueryStatementsAnswerWithTheEngineMessage() throws Exception {
    try (RawClient client = startAndLogin()) {
      OkResponse ok = assertInstanceOf(OkResponse.class, client.call(2, new ExecuteRequest("insert into root.sg.d1(time,s1) values(1,1)", 10, 2500)));
      assertEquals("OK", ok.message());
      assertEquals(2500, engine.sessions.get(0).queryTimeoutMillis(), "the request's timeout reaches the engine");
      assertEquals(1, engine.closedResults.get(), "a result without rows is closed at once");
    }
  }

  @Test
  void resultsArePagedByFetchSize() throws Exception {
    try (RawClient client = startAndLogin()) {
      ResultHeaderResponse header = assertInstanceOf(ResultHeaderResponse.class, client.call(2, new ExecuteRequest("select rows 12345", 5000, 0)));
      assertTrue(header.hasTime());
      assertEquals(List.of("root.sg.d1.s1", "root.sg.d1.s2"), header.columnNames());
      assertEquals(List.of(DataType.INT64, DataType.TEXT), header.columnTypes());
      List<ResultPage> pages = new ArrayList<>();
      pages.add(header.firstPage());
      int requestId = 3;
      while (!pages.get(pages.size() - 1).last()) {
        ResultPageResponse page = assertInstanceOf(ResultPageResponse.class, client.call(requestId++, new FetchRequest(header.queryId(), 5000)));
        assertEquals(header.queryId(), page.queryId());
        pages.add(page.page());
      }
      // 5000 + 5000 + 2345: the engine's end is only seen while filling the third page
      assertEquals(3, pages.size());
      assertEquals(5000, pages.get(0).rowCount());
      assertEquals(5000, pages.get(1).rowCount());
      assertEquals(2345, pages.get(2).rowCount());
      assertEquals(5, pages.get(0).blocks().size(), "engine blocks of 1000 rows travel as they are");
      long expected = 0;
      for (ResultPage page : pages) {
        for (Block block : page.blocks()) {
          for (int r = 0; r < block.rowCount(); r++, expected++) {
            assertEquals(expected * 1000, block.time(r));
            assertEquals(expected, block.column(0).get(r));
            if (expected % 10 == 0) {
              assertTrue(block.column(1).isNull(r));
            } else {
              assertEquals("v" + expected, new String((byte[]) block.column(1).get(r), StandardCharsets.UTF_8));
            }
          }
        }
      }
      assertEquals(12345, expected);
      assertEquals(1, engine.closedResults.get(), "the exhausted query was closed");
      ErrorResponse gone = assertInstanceOf(ErrorResponse.class, client.call(99, new FetchRequest(header.queryId(), 10)));
      assertEquals(ErrorCode.ILLEGAL_ARGUMENT, gone.code());
      assertTrue(gone.message().contains(String.valueOf(header.queryId())), gone.message());
    }
  }

  @Test
  void resultsWithoutTimeAndSmallResultsNeedOneRoundTrip() throws Exception {
    try (RawClient client = startAndLogin()) {
      ResultHeaderResponse header = assertInstanceOf(ResultHeaderResponse.class, client.call(2, new ExecuteRequest("show things", 100, 0)));
      assertFalse(header.hasTime());
      assertTrue(header.firstPage().last());
      Block block = header.firstPage().blocks().get(0);
      assertFalse(block.hasTimes());
      assertEquals("d#e", new String((byte[]) block.column(0).get(2), StandardCharsets.UTF_8));
    }
  }

  @Test
  void closingAQueryEarlyReleasesIt() throws Exception {
    try (RawClient client = startAndLogin()) {
      ResultHeaderResponse header = (ResultHeaderResponse) client.call(2, new ExecuteRequest("select rows 100000", 10, 0));
      assertFalse(header.firstPage().last());
      assertEquals(0, engine.closedResults.get());
      assertInstanceOf(OkResponse.class, client.call(3, new CloseQueryRequest(header.queryId())));
      assertEquals(1, engine.closedResults.get());
    }
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrderWithTheirIds() throws Exception {
    try (RawClient client = startAndLogin()) {
      int count = 40;
      for (int i = 0; i < count; i++) {
        String sql = i % 3 == 0 ? "select rows " + i : i % 3 == 1 ? "fail" : "flush";
        client.send(1000 + i, new ExecuteRequest(sql, 100, 0));
      }
      for (int i = 0; i < count; i++) {
        Frame frame = client.read();
        assertNotNull(frame, "answer " + i);
        assertEquals(1000 + i, frame.requestId());
        Message expectedKind = frame.message();
        if (i % 3 == 0) {
          ResultHeaderResponse header = assertInstanceOf(ResultHeaderResponse.class, expectedKind);
          assertEquals(i, header.firstPage().rowCount());
        } else if (i % 3 == 1) {
          assertEquals(ErrorCode.SYNTAX_ERROR, ((ErrorResponse) expectedKind).code());
        } else {
          assertInstanceOf(OkResponse.class, expectedKind);
        }
      }
    }
  }

  @Test
  void cancelOvertakesTheFetchItCancels() throws Exception {
    try (RawClient client = startAndLogin()) {
      ResultHeaderResponse header = (ResultHeaderResponse) client.call(2, new ExecuteRequest("slow", 1, 0));
      assertEquals(1, header.firstPage().rowCount());
      client.send(3, new FetchRequest(header.queryId(), 10));
      client.send(4, new CancelRequest(header.queryId()));
      Frame first = client.read();
      Frame second = client.read();
      // the cancel is answered first: the fetch is still blocked in the engine when it arrives
      assertEquals(4, first.requestId());
      assertEquals("cancelled", ((OkResponse) first.message()).message());
      assertEquals(3, second.requestId());
      assertEquals(ErrorCode.QUERY_CANCELLED, ((ErrorResponse) second.message()).code());
      assertEquals(1, engine.cancelledResults.get());
      assertInstanceOf(OkResponse.class, client.call(5, new PingRequest()), "the session keeps working");
    }
  }

  @Test
  void engineErrorsKeepTheirCodeAndInternalErrorsHideDetails() throws Exception {
    try (RawClient client = startAndLogin()) {
      ErrorResponse syntax = (ErrorResponse) client.call(2, new ExecuteRequest("fail", 10, 0));
      assertEquals(ErrorCode.SYNTAX_ERROR, syntax.code());
      assertEquals("line 1:0 mismatched input 'FAIL'", syntax.message());
      ErrorResponse bug = (ErrorResponse) client.call(3, new ExecuteRequest("bug", 10, 0));
      assertEquals(ErrorCode.INTERNAL_ERROR, bug.code());
      assertFalse(bug.message().contains("secret"), bug.message());
      assertFalse(bug.message().contains("IllegalStateException"), bug.message());
      assertInstanceOf(OkResponse.class, client.call(4, new PingRequest()));
    }
  }

  @Test
  void insertTabletsReachTheEngineAndRejectionsAreReported() throws Exception {
    try (RawClient client = startAndLogin()) {
      Block block = new Block(new long[] {1, 2, 3}, List.of(
          new Column(DataType.DOUBLE, new double[] {1.5, 2.5, 3.5}, new boolean[] {false, true, false}, 3),
          new Column(DataType.INT32, new int[] {7, 8, 9}, null, 3)), 3);
      Message ok = client.call(2, new InsertTabletsRequest(List.of(new WireTablet("root.sg.d1", true, List.of("s1", "s2"), block))));
      assertEquals("OK", ((OkResponse) ok).message());
      InsertTablet tablet = engine.inserted.get(0);
      assertEquals("root.sg.d1", tablet.device().toString());
      assertTrue(tablet.aligned());
      assertEquals(3, tablet.rowCount());
      assertEquals(List.of("s1", "s2"), tablet.measurements());
      assertTrue(tablet.columns().get(0).isNull(1));
      assertEquals(3.5, tablet.columns().get(0).get(2));
      assertEquals(3L, tablet.times()[2]);

      Message rejected = client.call(3, new InsertTabletsRequest(List.of(new WireTablet("root.sg.d2", false, List.of("s1", "bad"), block))));
      ErrorResponse error = assertInstanceOf(ErrorResponse.class, rejected);
      assertEquals(ErrorCode.TYPE_MISMATCH, error.code());
      assertTrue(error.message().contains("root.sg.d2.bad"), error.message());
      assertTrue(error.message().contains("2 values written"), "the other column was written: " + error.message());
    }
  }

  @Test
  void recordsOfOneShapeBecomeOneTablet() throws Exception {
    try (RawClient client = startAndLogin()) {
      List<WireRecord> records = List.of(
          new WireRecord("root.sg.d1", 1, List.of("a", "b"), List.of(DataType.INT64, DataType.TEXT), List.of(10L, "x".getBytes(StandardCharsets.UTF_8))),
          new WireRecord("root.sg.d1", 2, List.of("a", "b"), List.of(DataType.INT64, DataType.TEXT), List.of(20L, "y".getBytes(StandardCharsets.UTF_8))),
          new WireRecord("root.sg.d2", 3, List.of("a"), List.of(DataType.BOOLEAN), List.of(true)));
      assertInstanceOf(OkResponse.class, client.call(2, new InsertRecordsRequest(records)));
      assertEquals(2, engine.inserted.size());
      InsertTablet first = engine.inserted.get(0);
      assertEquals(2, first.rowCount());
      assertEquals(20L, first.columns().get(0).get(1));
      assertEquals(2L, first.times()[1]);
      assertEquals("root.sg.d2", engine.inserted.get(1).device().toString());
      assertEquals(true, engine.inserted.get(1).columns().get(0).get(0));
    }
  }

  @Test
  void closeSessionReleasesQueriesAndClosesTheConnection() throws Exception {
    try (RawClient client = startAndLogin()) {
      client.call(2, new ExecuteRequest("select rows 100000", 10, 0));
      client.call(3, new ExecuteRequest("select rows 100000", 10, 0));
      assertInstanceOf(OkResponse.class, client.call(4, new CloseSessionRequest()));
      assertTrue(client.closedByServer());
      assertEquals(2, engine.closedResults.get());
    }
  }

  @Test
  void aDroppedConnectionReleasesItsQueries() throws Exception {
    RawClient client = startAndLogin();
    client.call(2, new ExecuteRequest("select rows 100000", 10, 0));
    client.close();
    // wait for the server to notice, then check; the wait is bounded by the test timeout only
    while (engine.closedResults.get() < 1) {
      Thread.sleep(10);
    }
    assertEquals(1, engine.closedResults.get());
  }

  @Test
  void oversizedFrameIsRefusedWithoutBufferingIt() throws Exception {
    try (RawClient client = start(RpcServerConfig.defaults().withMaxFrameSize(4096));
        RawClient good = new RawClient(server.port())) {
      assertInstanceOf(HandshakeResponse.class, good.call(1, RawClient.handshake("root", "root")));
      ByteBuffer header = ByteBuffer.allocate(Protocol.HEADER_SIZE);
      header.putInt(Protocol.MAGIC).put((byte) 1).put((byte) 3).putShort((short) 0).putInt(1).putInt(1 << 30);
      client.sendRaw(header.array());
      Frame frame = client.read();
      ErrorResponse error = assertInstanceOf(ErrorResponse.class, frame.message());
      assertEquals(ErrorCode.FRAME_TOO_LARGE, error.code());
      assertTrue(error.message().contains("1073741824"), error.message());
      assertTrue(client.closedByServer());
      assertInstanceOf(OkResponse.class, good.call(2, new PingRequest()), "other connections are unaffected");
    }
  }

  @Test
  void connectionsBeyondTheLimitAreRefused() throws Exception {
    RawClient first = start(RpcServerConfig.defaults().withMaxConnections(2));
    RawClient second = new RawClient(server.port());
    assertInstanceOf(HandshakeResponse.class, first.call(1, RawClient.handshake("root", "root")));
    assertInstanceOf(HandshakeResponse.class, second.call(1, RawClient.handshake("root", "root")));
    try (RawClient third = new RawClient(server.port())) {
      Frame refusal = third.read();
      ErrorResponse error = assertInstanceOf(ErrorResponse.class, refusal.message());
      assertEquals(ErrorCode.TOO_MANY_CONNECTIONS, error.code());
      assertEquals(0, refusal.requestId());
      assertTrue(error.message().contains("too many connections"), error.message());
      assertTrue(third.closedByServer());
    }
    first.close();
    // the slot frees once the server has seen the close; retry until it has
    Message reply = null;
    while (!(reply instanceof HandshakeResponse)) {
      try (RawClient fourth = new RawClient(server.port())) {
        Frame frame;
        fourth.send(1, RawClient.handshake("root", "root"));
        frame = fourth.read();
        reply = frame == null ? null : frame.message();
      }
    }
    assertInstanceOf(OkResponse.class, second.call(2, new PingRequest()));
    second.close();
  }

  @Test
  void idleConnectionsAreClosed() throws Exception {
    try (RawClient client = start(RpcServerConfig.defaults().withIdleTimeoutSeconds(1))) {
      assertInstanceOf(HandshakeResponse.class, client.call(1, RawClient.handshake("root", "root")));
      Frame notice = client.read();
      assertNotNull(notice, "the server explains before closing");
      assertEquals(0, notice.requestId());
      ErrorResponse error = assertInstanceOf(ErrorResponse.class, notice.message());
      assertEquals(ErrorCode.IDLE_TIMEOUT, error.code());
      assertTrue(error.message().contains("idle"), error.message());
      assertNull(client.read(), "then closes");
    }
  }

  @Test
  void anAnswerCarriesSeveralPagesWhenAskedForThem() throws Exception {
    try (RawClient client = startAndLogin()) {
      ResultHeaderResponse header = assertInstanceOf(ResultHeaderResponse.class,
          client.call(2, new ExecuteRequest("select rows 12345", 1500, 0, 4)));
      List<ResultPage> answers = new ArrayList<>();
      answers.add(header.firstPage());
      int requestId = 3;
      while (!answers.get(answers.size() - 1).last()) {
        answers.add(assertInstanceOf(ResultPageResponse.class,
            client.call(requestId++, new FetchRequest(header.queryId(), 1500, 4))).page());
      }
      // 4 pages of 1500 rows per answer: 6000 + 6000 + 345, the end seen while filling the third
      assertEquals(List.of(6000L, 6000L, 345L), answers.stream().map(a -> (long) a.rowCount()).toList());
      long expected = 0;
      for (ResultPage answer : answers) {
        long inPage = 0;
        for (Block block : answer.blocks()) {
          assertTrue(block.rowCount() <= 1000, "engine blocks travel as they are: " + block.rowCount());
          // no block crosses a page boundary: a client never gets more than fetch-size rows in one
          assertTrue(inPage % 1500 + block.rowCount() <= 1500, "block of " + block.rowCount() + " at " + inPage);
          inPage += block.rowCount();
          for (int r = 0; r < block.rowCount(); r++, expected++) {
            assertEquals(expected, block.column(0).get(r));
          }
        }
      }
      assertEquals(12345, expected);
    }
  }

  @Test
  void anAnswerOfSeveralPagesStopsAtTheByteBudget() throws Exception {
    // max frame 64 KiB: an answer takes no further page once it holds 32 KiB
    try (RawClient client = start(RpcServerConfig.defaults().withMaxFrameSize(64 * 1024))) {
      assertInstanceOf(HandshakeResponse.class, client.call(1, RawClient.handshake("root", "root")));
      ResultHeaderResponse header = assertInstanceOf(ResultHeaderResponse.class,
          client.call(2, new ExecuteRequest("select rows 100000", 100, 0, Protocol.MAX_PAGES_PER_ANSWER)));
      long total = header.firstPage().rowCount();
      assertEquals(0, total % 100, "whole pages: " + total);
      assertTrue(total > 100 && total < 100_000, "more than one page, far fewer than asked: " + total);
      long bytes = 0;
      for (Block block : header.firstPage().blocks()) {
        bytes += FrameCodec.resultBlockSize(block);
      }
      long lastPageBytes = bytes * 100 / total + 1024;
      assertTrue(bytes < 32 * 1024 + lastPageBytes, "budget of 32 KiB plus the page that crossed it: " + bytes);
      int requestId = 3;
      ResultPage page = header.firstPage();
      while (!page.last()) {
        page = assertInstanceOf(ResultPageResponse.class, client.call(requestId++,
            new FetchRequest(header.queryId(), 100, Protocol.MAX_PAGES_PER_ANSWER))).page();
        total += page.rowCount();
      }
      assertEquals(100_000, total);
    }
  }

  @Test
  void repliesAreWrittenInTheVersionOfTheirRequest() throws Exception {
    try (RawClient client = start(RpcServerConfig.defaults())) {
      client.version = Protocol.VERSION_1;
      HandshakeResponse ok = assertInstanceOf(HandshakeResponse.class, client.call(1, RawClient.handshake("root", "root")));
      assertEquals(Protocol.VERSION_1, ok.version(), "a client speaking only 1 gets 1");
      assertEquals(Protocol.VERSION_1, client.lastReadVersion);
      ResultHeaderResponse header = assertInstanceOf(ResultHeaderResponse.class,
          client.call(2, new ExecuteRequest("select rows 2500", 1000, 0)));
      assertEquals(Protocol.VERSION_1, client.lastReadVersion, "a version 1 client can read every answer");
      assertEquals(1000, header.firstPage().rowCount(), "version 1: one page per answer");
      client.version = Protocol.VERSION_2;
      // the answer produced ahead has the size of the previous (version 1) request: one page
      ResultPageResponse ahead = assertInstanceOf(ResultPageResponse.class,
          client.call(3, new FetchRequest(header.queryId(), 1000, 2)));
      assertEquals(Protocol.VERSION_2, client.lastReadVersion);
      assertEquals(1000, ahead.page().rowCount());
      ResultPageResponse rest = assertInstanceOf(ResultPageResponse.class,
          client.call(4, new FetchRequest(header.queryId(), 400, 2)));
      assertEquals(Protocol.VERSION_2, client.lastReadVersion);
      assertEquals(500, rest.page().rowCount(), "two pages of 400 asked for, 500 rows left");
      assertTrue(rest.page().last());
    }
  }
}
