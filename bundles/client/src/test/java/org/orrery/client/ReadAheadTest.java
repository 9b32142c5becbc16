package org.orrery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

/** The data set asks for page N+1 as soon as page N arrives, before the caller reads it. */
class ReadAheadTest {
  private final FakeQueryEngine engine = new FakeQueryEngine();
  private RpcServer server;
  private Session session;

  @BeforeEach
  void start() {
    server = new RpcServer(RpcServerConfig.defaults().withPort(0), engine, new FakeUserService());
    server.start();
    session = Session.builder().port(server.port()).fetchSize(10).build();
    session.open();
  }

  @AfterEach
  void stop() {
    session.close();
    server.close();
  }

  @Test
  void theNextPagesAreProducedWhileTheCallerHoldsTheFirst() throws Exception {
    try (SessionDataSet data = session.executeQuery("select rows 55")) {
      // nothing read yet, but the FETCHes of rows 10..19 and 20..29 are already on their way
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (engine.rowsProduced.get() < 30 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(30, engine.rowsProduced.get(), "two pages of read-ahead by default");
      long expected = 0;
      while (data.hasNext()) {
        RowRecord row = data.next();
        assertEquals(expected * 1000, row.time());
        assertEquals(expected, row.getLong(0));
        expected++;
      }
      assertEquals(55, expected);
    }
    assertEquals(1, engine.closedResults.get(), "the server released the exhausted query");
    session.ping();
  }

  @Test
  void withoutReadAheadEachPageIsAskedForWhenThePreviousIsUsedUp() {
    session.close();
    session = Session.builder().port(server.port()).fetchSize(10).readAheadPages(0).build();
    session.open();
    try (SessionDataSet data = session.executeQuery("select rows 35")) {
      for (int r = 0; r < 10; r++) {
        data.next();
      }
      session.ping(); // answered in order: no FETCH was queued before it
      assertEquals(10, engine.rowsProduced.get());
      assertTrue(data.hasNext());
      assertEquals(20, engine.rowsProduced.get(), "one FETCH, for the page needed now");
    }
  }

  @Test
  void closingWithAPageInFlightLeavesTheSessionInStep() {
    SessionDataSet first = session.executeQuery("select rows 1000");
    assertTrue(first.hasNext());
    first.next();
    first.close();
    assertEquals(1, engine.closedResults.get());
    // the dropped read-ahead page must not be taken for the answer of a later request
    try (SessionDataSet second = session.executeQuery("select rows 25")) {
      long rows = 0;
      while (second.hasNext()) {
        assertEquals(rows, second.next().getLong(0));
        rows++;
      }
      assertEquals(25, rows);
    }
    session.ping();
  }
}
