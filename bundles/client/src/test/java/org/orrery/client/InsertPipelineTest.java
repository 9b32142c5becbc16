package org.orrery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertTablet;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

class InsertPipelineTest {
  private final FakeQueryEngine engine = new FakeQueryEngine();
  private RpcServer server;
  private Session session;

  @BeforeEach
  void start() {
    server = new RpcServer(RpcServerConfig.defaults().withPort(0), engine, new FakeUserService());
    server.start();
    session = Session.builder().port(server.port()).build();
    session.open();
  }

  @AfterEach
  void stop() {
    session.close();
    server.close();
  }

  /** A tablet of one INT64 column whose rows hold {@code first, first + 1, ...}. */
  private static Tablet tablet(String device, String measurement, long first, int rows) {
    Tablet tablet = new Tablet(device, List.of(measurement), List.of(DataType.INT64), rows);
    for (int r = 0; r < rows; r++) {
      tablet.setTime(r, first + r);
      tablet.setLong(r, 0, first + r);
    }
    return tablet;
  }

  @Test
  void aReusedTabletArrivesAsSentAndEveryInsertIsAcknowledgedInOrder() {
    try (InsertPipeline pipeline = session.insertPipeline(3)) {
      Tablet reused = new Tablet("root.sg.d1", List.of("s1"), List.of(DataType.INT64), 4);
      for (int batch = 0; batch < 10; batch++) {
        reused.reset();
        for (int r = 0; r < 4; r++) {
          reused.setTime(r, batch * 4L + r);
          reused.setLong(r, 0, batch * 100L + r);
        }
        pipeline.insertTablet(reused);
        assertTrue(pipeline.inFlight() <= 3, "never more than the window unanswered: " + pipeline.inFlight());
      }
      pipeline.flush();
      assertEquals(0, pipeline.inFlight());
      assertEquals(10, pipeline.acknowledgedRequests());
    }
    List<Long> firstValues = new ArrayList<>();
    for (InsertTablet tablet : engine.inserted) {
      assertEquals(4, tablet.rowCount());
      firstValues.add((Long) tablet.columns().get(0).get(0));
    }
    assertEquals(List.of(0L, 100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L, 900L), firstValues,
        "each batch's values, in the order sent, though the tablet was refilled right after each call");
  }

  @Test
  void aFullWindowWaitsForTheOldestAnswer() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    engine.insertGate = gate;
    InsertPipeline pipeline = session.insertPipeline(2);
    pipeline.insertTablet(tablet("root.sg.d1", "s1", 0, 2));
    assertTrue(engine.insertStarted.await(20, TimeUnit.SECONDS));
    pipeline.insertTablet(tablet("root.sg.d2", "s1", 0, 2));
    assertEquals(2, pipeline.inFlight(), "both requests are out; the server holds the first");
    Thread releaser = new Thread(() -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      gate.countDown();
    });
    releaser.start();
    // the window is full: this call returns only after the first answer came back
    pipeline.insertTablet(tablet("root.sg.d3", "s1", 0, 2));
    assertEquals(0, gate.getCount(), "the third insert waited until the server answered the first");
    assertTrue(pipeline.inFlight() <= 2);
    pipeline.close();
    releaser.join();
    assertEquals(3, engine.inserted.size());
  }

  @Test
  void aFailureIsReportedOnceWithItsInsertNumberAndThePipelineGoesOn() {
    InsertPipeline pipeline = session.insertPipeline(4);
    pipeline.insertTablet(tablet("root.sg.d1", "s1", 0, 2));
    pipeline.flush();
    pipeline.insertTablet(tablet("root.sg.d2", "bad", 0, 2));
    ClientException failure = assertThrows(ClientException.class, pipeline::flush);
    assertEquals(ErrorCode.TYPE_MISMATCH, failure.code());
    assertTrue(failure.getMessage().startsWith("pipelined insert 2 failed"), failure.getMessage());
    assertTrue(failure.getMessage().contains("root.sg.d2.bad"), failure.getMessage());
    assertEquals(0, failure.getSuppressed().length);
    pipeline.flush(); // reported once: nothing left to throw
    pipeline.insertTablet(tablet("root.sg.d3", "s1", 0, 2));
    pipeline.close();
    assertEquals(2, pipeline.acknowledgedRequests());
    assertEquals(3, engine.inserted.size());
    ClientException closed = assertThrows(ClientException.class, () -> pipeline.insertTablet(tablet("root.sg.d4", "s1", 0, 1)));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, closed.code());
  }

  @Test
  void failuresOfInsertsWrittenTogetherComeAsTheFirstWithTheOthersSuppressed() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    engine.insertGate = gate;
    InsertPipeline pipeline = session.insertPipeline(4);
    pipeline.insertTablet(tablet("root.sg.d1", "s1", 0, 2));
    assertTrue(engine.insertStarted.await(20, TimeUnit.SECONDS));
    pipeline.insertTablet(tablet("root.sg.d2", "bad", 0, 2));
    pipeline.insertTablet(tablet("root.sg.d3", "s1", 0, 2));
    pipeline.insertTablet(tablet("root.sg.d4", "s1", 0, 2));
    Thread.sleep(500); // the server reads the three requests while the first is held
    gate.countDown();
    ClientException failure = assertThrows(ClientException.class, pipeline::flush);
    assertTrue(failure.getMessage().startsWith("pipelined insert 2 failed"), failure.getMessage());
    assertTrue(failure.getMessage().contains("3 pipelined insert requests written together"), failure.getMessage());
    assertEquals(2, failure.getSuppressed().length, "inserts 3 and 4 shared the failed write");
    assertTrue(failure.getSuppressed()[1].getMessage().startsWith("pipelined insert 4 failed"));
    assertEquals(1, pipeline.acknowledgedRequests());
    assertEquals(4, engine.inserted.size(), "the accepted columns of every request were written");
    pipeline.close();
  }

  @Test
  void tabletsLargerThanTheFrameLimitAreSplitAndEveryPartCountsInTheWindow() {
    session.close();
    server.close();
    server = new RpcServer(RpcServerConfig.defaults().withPort(0).withMaxFrameSize(4096), engine, new FakeUserService());
    server.start();
    session = Session.builder().port(server.port()).build();
    session.open();
    try (InsertPipeline pipeline = session.insertPipeline(2)) {
      // 1,000 rows of time + INT64 take ~16 KB: several requests under a 4 KiB limit
      pipeline.insertTablet(tablet("root.sg.d1", "s1", 0, 1000));
      assertTrue(pipeline.inFlight() <= 2);
    }
    long rows = 0;
    long expectedNext = 0;
    for (InsertTablet part : engine.inserted) {
      for (int r = 0; r < part.rowCount(); r++) {
        assertEquals(expectedNext++, part.times()[r], "rows arrive in order");
      }
      rows += part.rowCount();
    }
    assertEquals(1000, rows);
    assertTrue(engine.inserted.size() >= 4, "split into " + engine.inserted.size() + " parts");
  }

  @Test
  void aWindowBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> session.insertPipeline(0));
  }
}
