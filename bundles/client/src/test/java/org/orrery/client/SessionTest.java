package org.orrery.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertTablet;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

class SessionTest {
  private final FakeQueryEngine engine = new FakeQueryEngine();
  private RpcServer server;
  private Session session;

  @BeforeEach
  void startServer() {
    server = new RpcServer(RpcServerConfig.defaults().withPort(0), engine, new FakeUserService());
    server.start();
  }

  @AfterEach
  void stopServer() {
    if (session != null) {
      session.close();
    }
    server.close();
  }

  private Session.Builder builder() {
    return Session.builder().port(server.port());
  }

  private Session open(Session.Builder builder) {
    session = builder.build();
    session.open();
    return session;
  }

  @Test
  void opensRunsStatementsAndCloses() {
    Session s = open(builder().user("alice").password("secret1").zone(ZoneId.of("+08:00")));
    assertTrue(s.isOpen());
    assertTrue(s.serverVersion().startsWith("Orrery "), s.serverVersion());
    s.ping();
    try (StatementResult result = s.execute("create database root.sg")) {
      assertFalse(result.hasRows());
      assertEquals("OK", result.message());
    }
    s.executeNonQuery("flush");
    assertEquals("alice", engine.sessions.get(0).user());
    assertEquals(ZoneId.of("+08:00"), engine.sessions.get(0).zone());
    s.close();
    assertFalse(s.isOpen());
    ClientException closed = assertThrows(ClientException.class, () -> s.execute("flush"));
    assertTrue(closed.getMessage().contains("not open"));
    s.close();
  }

  @Test
  void wrongPasswordFailsWithTheServerCode() {
    Session s = builder().password("nope").build();
    ClientException e = assertThrows(ClientException.class, s::open);
    assertEquals(ErrorCode.AUTHENTICATION_FAILED, e.code());
    assertFalse(s.isOpen());
  }

  @Test
  void aConnectionOverTheServersLimitFailsWithItsOwnCode() {
    server.close();
    server = new RpcServer(RpcServerConfig.defaults().withPort(0).withMaxConnections(1), engine, new FakeUserService());
    server.start();
    open(builder());
    Session second = Session.builder().port(server.port()).build();
    ClientException refused = assertThrows(ClientException.class, second::open);
    assertEquals(ErrorCode.TOO_MANY_CONNECTIONS, refused.code());
    assertTrue(refused.getMessage().contains("too many connections"), refused.getMessage());
  }

  @Test
  void unreachableServerIsAConnectionFailure() {
    int port = server.port();
    server.close();
    ClientConnectionException e = assertThrows(ClientConnectionException.class, () -> Session.builder().port(port).build().open());
    assertEquals(ErrorCode.IO_ERROR, e.code());
    assertTrue(e.getMessage().contains(String.valueOf(port)), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "lz4", "zstd"})
  void rowsStreamAcrossPagesInEveryCompression(String compression) {
    Session s = open(builder().fetchSize(700).compression(compression));
    try (SessionDataSet data = s.executeQuery("select rows 12345")) {
      assertTrue(data.hasTimeColumn());
      assertEquals(List.of("root.sg.d1.s1", "root.sg.d1.s2"), data.columnNames());
      assertEquals(List.of(DataType.INT64, DataType.TEXT), data.columnTypes());
      long expected = 0;
      while (data.hasNext()) {
        RowRecord row = data.next();
        assertEquals(expected * 1000, row.time());
        assertEquals(2, row.size());
        assertEquals(expected, row.getLong(0));
        assertEquals((double) expected, row.getDouble(0));
        if (expected % 10 == 0) {
          assertTrue(row.isNull(1));
          assertNull(row.value(1));
          assertNull(row.getString(1));
        } else {
          assertEquals("v" + expected, row.getString(1));
        }
        expected++;
      }
      assertEquals(12345, expected);
      assertFalse(data.hasNext());
    }
    // 12345 rows in pages of 700 needs 18 fetch round trips after the first page
    assertEquals(1, engine.closedResults.get());
  }

  @Test
  void blocksCanBeReadWhole() {
    Session s = open(builder().fetchSize(2500));
    SessionDataSet data = s.executeQuery("select rows 5000");
    long rows = 0;
    Optional<Block> block;
    while ((block = data.nextBlock()).isPresent()) {
      rows += block.get().rowCount();
      assertTrue(block.get().rowCount() <= FakeQueryEngine.ENGINE_BLOCK_ROWS);
    }
    assertEquals(5000, rows);
    data.close();
  }

  @Test
  void resultsWithoutTimeAndTypedGetterMismatch() {
    Session s = open(builder());
    try (SessionDataSet data = s.executeQuery("show things")) {
      assertFalse(data.hasTimeColumn());
      List<String> things = new ArrayList<>();
      while (data.hasNext()) {
        RowRecord row = data.next();
        things.add(row.getString(0));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> row.getInt(0));
        assertTrue(e.getMessage().contains("STRING"), e.getMessage());
      }
      assertEquals(List.of("a", "b c", "d#e"), things);
    }
  }

  @Test
  void executeQueryRefusesStatementsWithoutRows() {
    Session s = open(builder());
    ClientException e = assertThrows(ClientException.class, () -> s.executeQuery("flush"));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, e.code());
  }

  @Test
  void serverErrorsCarryCodeAndMessageAndKeepTheSessionUsable() {
    Session s = open(builder());
    ClientException e = assertThrows(ClientException.class, () -> s.execute("fail"));
    assertEquals(ErrorCode.SYNTAX_ERROR, e.code());
    assertEquals("line 1:0 mismatched input 'FAIL'", e.getMessage());
    assertTrue(s.isOpen());
    s.ping();
  }

  @Test
  void closingADataSetEarlyReleasesTheServerQuery() {
    Session s = open(builder().fetchSize(10));
    SessionDataSet data = s.executeQuery("select rows 100000");
    assertTrue(data.hasNext());
    data.next();
    assertEquals(0, engine.closedResults.get());
    data.close();
    assertEquals(1, engine.closedResults.get());
    assertFalse(data.hasNext());
  }

  @Test
  void cancelFromAnotherThreadStopsTheQuery() throws Exception {
    // one page per answer: the fake's second page blocks until cancelled, and the first row must
    // reach the caller before that
    Session s = open(builder().fetchSize(1).pagesPerFetch(1));
    SessionDataSet data = s.executeQuery("slow");
    assertTrue(data.hasNext());
    data.next();
    CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(data::hasNext);
    data.cancel();
    ExecutionException failure = assertThrows(ExecutionException.class, reader::get);
    ClientException e = (ClientException) failure.getCause();
    assertEquals(ErrorCode.QUERY_CANCELLED, e.code());
    assertEquals(1, engine.cancelledResults.get());
    s.ping();
  }

  @Test
  void tabletsCarryEveryTypeAndNulls() {
    Session s = open(builder());
    List<String> names = new ArrayList<>();
    List<DataType> types = Arrays.asList(DataType.values());
    for (DataType type : types) {
      names.add("s_" + type.name().toLowerCase());
    }
    Tablet tablet = new Tablet("root.sg.d1", names, types, 2).aligned(true);
    int rows = 5; // more than the capacity: the tablet grows
    for (int r = 0; r < rows; r++) {
      Object[] values = new Object[types.size()];
      for (int c = 0; c < types.size(); c++) {
        values[c] = (r + c) % 4 == 0 ? null : sample(types.get(c), r);
      }
      tablet.addRow(1000L * r, values);
    }
    assertEquals(rows, tablet.rowCount());
    s.insertTablet(tablet);
    InsertTablet got = engine.inserted.get(0);
    assertEquals("root.sg.d1", got.device().toString());
    assertTrue(got.aligned());
    assertEquals(rows, got.rowCount());
    assertEquals(names, got.measurements());
    for (int r = 0; r < rows; r++) {
      assertEquals(1000L * r, got.times()[r]);
      for (int c = 0; c < types.size(); c++) {
        Column column = got.columns().get(c);
        assertEquals(types.get(c), column.type());
        if ((r + c) % 4 == 0) {
          assertTrue(column.isNull(r), "null at row " + r + " column " + c);
        } else {
          assertStored(types.get(c), sample(types.get(c), r), column.get(r));
        }
      }
    }
    tablet.reset();
    assertEquals(0, tablet.rowCount());
    tablet.addRow(9L, new Object[types.size()]);
    s.insertTablets(List.of(tablet));
    assertTrue(engine.inserted.get(1).columns().get(0).isNull(0));
  }

  private static Object sample(DataType type, int r) {
    switch (type) {
      case BOOLEAN: return r % 2 == 0;
      case INT32: return r * 3;
      case DATE: return LocalDate.of(2024, 2, 1 + r);
      case INT64: return (long) r << 40;
      case TIMESTAMP: return 1_700_000_000_000L + r;
      case FLOAT: return r + 0.5f;
      case DOUBLE: return r / 3.0;
      case BLOB: return new byte[] {(byte) r, 0, -1};
      default: return "text " + r + " ü";
    }
  }

  private static void assertStored(DataType type, Object sent, Object stored) {
    switch (type) {
      case DATE -> {
        LocalDate date = (LocalDate) sent;
        assertEquals(date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth(), stored);
      }
      case BLOB -> assertArrayEquals((byte[]) sent, (byte[]) stored);
      case TEXT, STRING -> assertEquals(sent, new String((byte[]) stored, StandardCharsets.UTF_8));
      default -> assertEquals(sent, stored);
    }
  }

  @Test
  void insertsLargerThanTheServersFrameLimitAreSplit() {
    server.close();
    server = new RpcServer(
        RpcServerConfig.defaults().withPort(0).withMaxFrameSize(16 * 1024), engine, new FakeUserService());
    server.start();
    Session s = open(builder());
    Tablet tablet = new Tablet("root.sg.d1", List.of("s1", "s2"), List.of(DataType.DOUBLE, DataType.INT64), 16);
    int rows = 10_000; // 10,000 x 24 bytes: about 15 frames of 16 KiB
    for (int r = 0; r < rows; r++) {
      tablet.setTime(r, r);
      tablet.setDouble(r, 0, r / 4.0);
      if (r % 7 != 0) {
        tablet.setLong(r, 1, r * 3L);
      }
    }
    s.insertTablet(tablet);
    assertTrue(engine.inserted.size() > 10, "parts: " + engine.inserted.size());
    int next = 0;
    for (InsertTablet part : engine.inserted) {
      for (int r = 0; r < part.rowCount(); r++, next++) {
        assertEquals(next, part.times()[r], "rows arrive complete and in order");
        assertEquals(next / 4.0, part.columns().get(0).doubles()[r]);
        assertEquals(next % 7 == 0, part.columns().get(1).isNull(r));
      }
    }
    assertEquals(rows, next);
  }

  @Test
  void recordsSkipNullsAndConvertValues() {
    Session s = open(builder());
    s.insertRecords(
        List.of("root.sg.d1", "root.sg.d1", "root.sg.d2"),
        List.of(1L, 2L, 3L),
        List.of(List.of("a", "b"), List.of("a", "b"), List.of("x", "y")),
        List.of(List.of(DataType.INT64, DataType.TEXT), List.of(DataType.INT64, DataType.TEXT), List.of(DataType.DOUBLE, DataType.BOOLEAN)),
        List.of(Arrays.asList(5, "five"), Arrays.asList(6L, "six"), Arrays.asList(2.5f, null)));
    assertEquals(2, engine.inserted.size(), "two runs of equal shape");
    InsertTablet first = engine.inserted.get(0);
    assertEquals(2, first.rowCount());
    assertEquals(5L, first.columns().get(0).get(0), "an Integer widens to INT64");
    assertEquals("six", new String((byte[]) first.columns().get(1).get(1), StandardCharsets.UTF_8));
    InsertTablet second = engine.inserted.get(1);
    assertEquals(List.of("x"), second.measurements(), "the null value was left out");
    assertEquals(2.5, second.columns().get(0).get(0));
  }

  @Test
  void valuesOfTheWrongClassAreRefusedNamingTheColumn() {
    Tablet tablet = new Tablet("root.sg.d1", List.of("s1"), List.of(DataType.INT32), 1);
    ClientException e = assertThrows(ClientException.class, () -> tablet.addRow(1, "seven"));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, e.code());
    assertTrue(e.getMessage().contains("root.sg.d1.s1"), e.getMessage());
    assertThrows(ClientException.class, () -> tablet.addRow(1, 1, 2));
  }

  @Test
  void rejectedColumnsSurfaceAsErrors() {
    Session s = open(builder());
    Tablet tablet = new Tablet("root.sg.d1", List.of("ok", "bad"), List.of(DataType.INT32, DataType.INT32), 1);
    tablet.addRow(1, 1, 2);
    ClientException e = assertThrows(ClientException.class, () -> s.insertTablet(tablet));
    assertEquals(ErrorCode.TYPE_MISMATCH, e.code());
    assertTrue(e.getMessage().contains("root.sg.d1.bad"), e.getMessage());
  }

  @Test
  void aStoppedServerBreaksTheSession() {
    Session s = open(builder());
    server.close();
    ClientConnectionException e = assertThrows(ClientConnectionException.class, s::ping);
    assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
    assertFalse(s.isOpen());
  }
}
