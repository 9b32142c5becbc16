package org.orrery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.protocol.Protocol;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

/**
 * The data set asks for page N+1 as soon as page N arrives, before the caller reads it; the
 * server adds one page produced ahead of the last FETCH it answered. Most cases use one page per
 * round trip ({@code pagesPerFetch(1)}) to count pages; the last ones check several pages per
 * answer, the default.
 */
class ReadAheadTest {
  private final FakeQueryEngine engine = new FakeQueryEngine();
  private RpcServer server;
  private Session session;

  @BeforeEach
  void start() {
    server = new RpcServer(RpcServerConfig.defaults().withPort(0), engine, new FakeUserService());
    server.start();
    session = Session.builder().port(server.port()).fetchSize(10).pagesPerFetch(1).build();
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
      // nothing read yet, but the FETCHes of rows 10..19 and 20..29 are already on their way, and
      // after answering the last of them the server produces rows 30..39 ahead of their FETCH
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (engine.rowsProduced.get() < 40 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(40, engine.rowsProduced.get(), "two pages of read-ahead by default, one page ahead on the server");
      session.ping();
      assertEquals(40, engine.rowsProduced.get(), "nothing more until the caller takes a page");
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
    session = Session.builder().port(server.port()).fetchSize(10).pagesPerFetch(1).readAheadPages(0).build();
    session.open();
    try (SessionDataSet data = session.executeQuery("select rows 35")) {
      for (int r = 0; r < 10; r++) {
        data.next();
      }
      session.ping(); // answered in order: no FETCH was queued before it
      // the first page, and at most the one page the server produces ahead (it skips that when
      // the PING is already waiting)
      long produced = engine.rowsProduced.get();
      assertTrue(produced == 10 || produced == 20, "rows produced before any FETCH: " + produced);
      assertTrue(data.hasNext());
      long afterFetch = engine.rowsProduced.get();
      assertTrue(afterFetch == 20 || afterFetch == 30, "one FETCH, for the page needed now (+1 ahead): " + afterFetch);
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

  @Test
  void oneRoundTripBringsSeveralPagesOfAtMostFetchSizeRows() throws Exception {
    session.close();
    session = Session.builder().port(server.port()).fetchSize(10).pagesPerFetch(4).readAheadPages(0).build();
    session.open();
    try (SessionDataSet data = session.executeQuery("select rows 95")) {
      session.ping(); // answered after EXECUTE and after the answer the server produces ahead
      long produced = engine.rowsProduced.get();
      assertTrue(produced == 40 || produced == 80, "4 pages of 10 rows per answer (+1 answer ahead): " + produced);
      long rows = 0;
      for (Optional<Block> block = data.nextBlock(); block.isPresent(); block = data.nextBlock()) {
        assertTrue(block.get().rowCount() <= 10, "blocks keep the fetch size: " + block.get().rowCount());
        for (int r = 0; r < block.get().rowCount(); r++, rows++) {
          assertEquals(rows, block.get().column(0).get(r));
        }
        if (rows == 40) {
          assertTrue(engine.rowsProduced.get() <= 80, "the second answer is asked for only now");
        }
      }
      assertEquals(95, rows);
    }
    assertEquals(1, engine.closedResults.get());
  }

  @Test
  void byDefaultASmallResultArrivesWithItsHeader() throws Exception {
    session.close();
    session = Session.builder().port(server.port()).fetchSize(10).build();
    session.open();
    try (SessionDataSet data = session.executeQuery("select rows 55")) {
      // default: 16 pages of 10 rows per answer, so the first answer holds all 55 rows
      assertEquals(55, engine.rowsProduced.get());
      assertEquals(1, engine.closedResults.get(), "the last page came with the header: query released");
      long rows = 0;
      while (data.hasNext()) {
        assertEquals(rows, data.next().getLong(0));
        rows++;
      }
      assertEquals(55, rows);
    }
    session.ping();
  }

  @Test
  void pagesPerFetchIsBounded() {
    assertThrows(IllegalArgumentException.class, () -> Session.builder().pagesPerFetch(0));
    assertThrows(IllegalArgumentException.class,
        () -> Session.builder().pagesPerFetch(Protocol.MAX_PAGES_PER_ANSWER + 1));
  }
}
