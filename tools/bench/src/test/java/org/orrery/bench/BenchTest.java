package org.orrery.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

class BenchTest {

  @Test
  void medianAveragesTheMiddlePairAndP99IsNearestRank() {
    LatencyStats odd = new LatencyStats(new long[] {5, 1, 3});
    assertEquals(3.0, odd.median());
    LatencyStats even = new LatencyStats(new long[] {4, 1, 3, 2});
    assertEquals(2.5, even.median());
    long[] hundred = new long[100];
    for (int i = 0; i < 100; i++) {
      hundred[i] = 100 - i; // 1..100 shuffled by reversal
    }
    LatencyStats stats = new LatencyStats(hundred);
    assertEquals(99, stats.percentile(0.99));
    assertEquals(100, stats.percentile(1.0));
    assertEquals(1, stats.min());
    assertEquals(100, stats.max());
    assertEquals(50, new LatencyStats(new long[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 100}).percentile(0.5));
    assertEquals(0.0, new LatencyStats(new long[0]).median());
    assertThrows(IllegalArgumentException.class, () -> stats.percentile(0));
  }

  @Test
  void parsesThePeerBenchmarkOptions() {
    BenchOptions options = BenchOptions.parse("ingest", "--rows", "5m", "--devices=4", "--threads", "2",
        "--batch", "10_000", "--aligned", "--device", "d3", "--decimals", "2", "--read-ahead", "5");
    assertEquals(BenchOptions.Mode.INGEST, options.mode());
    assertEquals(5_000_000L, options.rows);
    assertEquals(4, options.devices);
    assertEquals(2, options.clients);
    assertEquals(10_000, options.batch);
    assertTrue(options.aligned);
    assertEquals(3, options.queryDevice());
    assertEquals(5, options.readAhead);
    assertEquals(4L * 10 * 5_000_000L, options.points());
    BenchOptions defaults = BenchOptions.parse();
    assertEquals(BenchOptions.Mode.ALL, defaults.mode());
    assertEquals(1_000_000L, defaults.rows);
    assertEquals(2, defaults.readAhead, "the client's own default");
    assertEquals(1_704_067_200_000L, defaults.startMs);
    assertEquals("root.bench.d7", defaults.devicePath(7));
  }

  @Test
  void rejectsBadOptionsNamingThem() {
    assertEquals("unknown option --rowz", assertThrows(IllegalArgumentException.class,
        () -> BenchOptions.parse("--rowz", "1")).getMessage());
    assertEquals("--rows needs a number, got '1x'", assertThrows(IllegalArgumentException.class,
        () -> BenchOptions.parse("--rows", "1x")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--device", "d10"))
        .getMessage().contains("d0..d9"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("bogus"))
        .getMessage().contains("'bogus'"));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--clients", "0"));
  }

  @Test
  void usageErrorExitsWithTwoAndHelpWithZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, Main.run(new String[] {"--batch"}, new PrintStream(out), new PrintStream(err)));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: --batch needs a value"));
    assertEquals(0, Main.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(err)));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: orrery-bench"));
  }

  @Test
  void randomWalkIsDeterministicPerDeviceAndRounds() {
    RandomWalk a = new RandomWalk(42, 3, 2, 0.1, -1);
    RandomWalk b = new RandomWalk(42, 3, 2, 0.1, -1);
    double first = a.next(0);
    assertEquals(first, b.next(0));
    assertEquals(23.0, first, 1.0, "sensor 0 of device 3 starts at 20 + 3");
    assertEquals(28.0, a.next(1), 1.0, "sensor 1 starts at 20 + 5 + 3");
    RandomWalk rounded = new RandomWalk(42, 0, 1, 0.1, 2);
    for (int i = 0; i < 100; i++) {
      double value = rounded.next(0);
      assertEquals(Math.round(value * 100) / 100.0, value);
    }
  }

  @Test
  void queriesMatchThePaperWorkloadWithExpectationsFromTheGenerator() {
    // 2 days of 1-minute rows: Q1 covers the middle day, Q2 its first hour
    BenchOptions options = BenchOptions.parse("--rows", "2880", "--interval-ms", "60000", "--sensors", "3",
        "--devices", "2", "--device", "d1");
    List<BenchQuery> queries = QueryPlan.queries(options);
    long start = 1_704_067_200_000L;
    long q1 = start + 43_200_000L;
    assertEquals("select s0 from root.bench.d1 where time >= " + q1 + " and time < " + (q1 + 86_400_000L),
        queries.get(0).sql());
    assertEquals(1440, queries.get(0).expectedRows());
    assertEquals("select s0, s1, s2 from root.bench.d1 where time >= " + q1 + " and time < " + (q1 + 3_600_000L),
        queries.get(1).sql());
    assertEquals(60, queries.get(1).expectedRows());
    assertEquals("select count(s0) from root.bench.d1", queries.get(2).sql());
    assertEquals(2880.0, queries.get(2).expectedSum());
    assertEquals("select count(s0) from root.bench.d1 group by ([" + start + ", " + (start + 172_800_000L) + "), 1h)",
        queries.get(3).sql());
    assertEquals(48, queries.get(3).expectedRows());

    // the expected Q1 sum is the sum of s0 over rows 720..2159 of device 1's walk
    RandomWalk walk = new RandomWalk(42, 1, 3, 0.1, -1);
    double q1Sum = 0;
    for (int row = 0; row < 2160; row++) {
      for (int s = 0; s < 3; s++) {
        double value = walk.next(s);
        if (s == 0 && row >= 720) {
          q1Sum += value;
        }
      }
    }
    assertEquals(q1Sum, queries.get(0).expectedSum(), 1e-9 * Math.abs(q1Sum));
    assertTrue(queries.get(0).matches(1440, q1Sum));
    assertFalse(queries.get(0).matches(1439, q1Sum));
    assertFalse(queries.get(0).matches(1440, q1Sum + 1));
  }

  @Test
  void pageSumsSkipNullsAndNonNumbers() {
    Column doubles = new Column(DataType.DOUBLE, new double[] {1.5, 99, 2.5}, new boolean[] {false, true, false}, 3);
    Column counts = new Column(DataType.INT64, new long[] {10, 20, 30}, null, 3);
    Column text = new Column(DataType.TEXT, new byte[][] {{1}, {2}, {3}}, null, 3);
    assertEquals(64.0, QueryRunner.sumOf(new Block(new long[] {1, 2, 3}, List.of(doubles, counts, text), 3)));
  }
}
