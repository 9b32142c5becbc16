package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.storage.TestData.DB;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.ReadStatistics;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.engine.storage.WriteBatch;

/**
 * Issue 4: count, sum, min/max_value and first/last_value over 10 M points in closed,
 * non-overlapping files are answered from statistics without reading any page, and equal a full
 * scan. The data is chosen so every aggregate has a closed form: point {@code t} (ms, for
 * {@code t} in {@code [0, 5 M)}) of series {@code a} is {@code t % 1000 - 500} and of {@code b}
 * is {@code 2 * (t % 1000)}; integers, so double sums are exact in any order.
 *
 * <p>Tagged slow (ingesting and scanning 10 M points takes 30+ s on the shared build machine):
 * run it with {@code -Dstorage.excludedGroups=none}.
 */
@Tag("slow")
class StatisticsAggregationTest {
  @TempDir static Path dir;

  private static final PartialPath D = TestData.device("agg");
  private static final int ROWS = 5_000_000;
  private static final int BATCH = 100_000;
  private static LsmStorageEngine engine;

  /** Aggregates of one series, as a query would compute them. */
  private record Aggregates(long count, double sum, double min, double max, double first,
      double last, long firstTime, long lastTime) {
    static Aggregates of(SeriesStatistics s) {
      return new Aggregates(s.count(), s.sum(), (Double) s.minValue(), (Double) s.maxValue(),
          (Double) s.firstValue(), (Double) s.lastValue(), s.startTime(), s.endTime());
    }

    Aggregates plus(Aggregates later) {
      if (count == 0) {
        return later;
      }
      return new Aggregates(count + later.count, sum + later.sum, Math.min(min, later.min),
          Math.max(max, later.max), first, later.last, firstTime, later.lastTime);
    }

    static final Aggregates EMPTY = new Aggregates(0, 0, 0, 0, 0, 0, 0, 0);
  }

  private static double a(long t) {
    return t % 1000 - 500;
  }

  private static double b(long t) {
    return 2 * (t % 1000);
  }

  @BeforeAll
  static void write() throws Exception {
    // Async WAL: this test is about reads; data is generated as fast as possible.
    engine = new LsmStorageEngine(TestData.config().withWalMode(WalMode.ASYNC)
        .withPartitionWidthMillis(StorageConfig.DAY_MILLIS), dir, TestData.CODECS);
    double[] va = new double[BATCH];
    double[] vb = new double[BATCH];
    for (int from = 0; from < ROWS; from += BATCH) {
      long[] times = new long[BATCH];
      for (int i = 0; i < BATCH; i++) {
        times[i] = from + i;
        va[i] = a(times[i]);
        vb[i] = b(times[i]);
      }
      engine.write(new WriteBatch(DB, D, false, List.of("a", "b"), times,
          List.of(new Column(DataType.DOUBLE, va, null, BATCH), new Column(DataType.DOUBLE, vb, null, BATCH)),
          BATCH));
      if ((from + BATCH) % 1_000_000 == 0) {
        engine.flush(DB); // five closed files, one after the other in time
      }
    }
    engine.flush(DB);
    assertEquals(5, engine.regions().get(0).sequenceFiles());
    assertEquals(0, engine.regions().get(0).unsequenceFiles());
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static SeriesQuery query(List<String> measurements, List<TimeInterval> intervals) {
    return new SeriesQuery(DB, D, false, measurements,
        measurements.stream().map(m -> DataType.DOUBLE).toList(), intervals, true);
  }

  /** Aggregates per measurement from segment statistics; null if some segment offers none. */
  private static Aggregates[] fromStatistics(StorageEngine e, SeriesQuery q) throws Exception {
    Aggregates[] acc = new Aggregates[q.measurements().size()];
    java.util.Arrays.fill(acc, Aggregates.EMPTY);
    try (SeriesSource s = e.open(q)) {
      for (Segment seg = s.next(); seg != null; seg = s.next()) {
        SeriesStatistics[] st = seg.statistics();
        assertNotNull(st, "segment [" + seg.startTime() + ", " + seg.endTime() + "] has no statistics");
        for (int i = 0; i < acc.length; i++) {
          acc[i] = acc[i].plus(Aggregates.of(st[i]));
        }
      }
    }
    return acc;
  }

  /** The same aggregates from every decoded point. */
  private static Aggregates[] fromScan(StorageEngine e, SeriesQuery q) throws Exception {
    int n = q.measurements().size();
    long[] count = new long[n];
    double[] sum = new double[n];
    double[] min = new double[n];
    double[] max = new double[n];
    double[] first = new double[n];
    double[] last = new double[n];
    long[] firstTime = new long[n];
    long[] lastTime = new long[n];
    try (SeriesSource s = e.open(q)) {
      for (Segment seg = s.next(); seg != null; seg = s.next()) {
        Block block = seg.decode();
        for (int i = 0; i < n; i++) {
          Column c = block.column(i);
          double[] v = c.doubles();
          for (int r = 0; r < block.rowCount(); r++) {
            if (c.isNull(r)) {
              continue;
            }
            if (count[i]++ == 0) {
              first[i] = v[r];
              firstTime[i] = block.time(r);
              min[i] = v[r];
              max[i] = v[r];
            }
            sum[i] += v[r];
            min[i] = Math.min(min[i], v[r]);
            max[i] = Math.max(max[i], v[r]);
            last[i] = v[r];
            lastTime[i] = block.time(r);
          }
        }
      }
    }
    Aggregates[] out = new Aggregates[n];
    for (int i = 0; i < n; i++) {
      out[i] = new Aggregates(count[i], sum[i], min[i], max[i], first[i], last[i], firstTime[i], lastTime[i]);
    }
    return out;
  }

  @Test
  void aggregatesOverTenMillionPointsReadNoPageAndMatchAFullScan() throws Exception {
    ReadStatistics before = engine.readStatistics();
    Aggregates[] single = new Aggregates[] {
        fromStatistics(engine, query(List.of("a"), List.of(TimeInterval.ALL)))[0],
        fromStatistics(engine, query(List.of("b"), List.of(TimeInterval.ALL)))[0]};
    Aggregates[] both = fromStatistics(engine, query(List.of("a", "b"), List.of(TimeInterval.ALL)));
    ReadStatistics used = engine.readStatistics().minus(before);
    assertEquals(0, used.pagesDecoded(), "statistics must not decode pages: " + used);
    assertEquals(0, used.chunksRead(), "statistics come from the index: " + used);
    assertTrue(used.filesOpened() > 0, "the index of each file is read: " + used);

    // Closed forms: 5 000 cycles of t % 1000 = 0..999.
    Aggregates expectedA = new Aggregates(ROWS, 5000 * (499_500.0 - 500_000), -500, 499, -500, 499, 0, ROWS - 1);
    Aggregates expectedB = new Aggregates(ROWS, 5000 * 999_000.0, 0, 1998, 0, 1998, 0, ROWS - 1);
    assertEquals(expectedA, single[0]);
    assertEquals(expectedB, single[1]);
    assertEquals(expectedA, both[0]);
    assertEquals(expectedB, both[1]);

    before = engine.readStatistics();
    Aggregates[] scanned = fromScan(engine, query(List.of("a", "b"), List.of(TimeInterval.ALL)));
    assertTrue(engine.readStatistics().minus(before).pagesDecoded() > 0, "a full scan decodes pages");
    assertEquals(expectedA, scanned[0]);
    assertEquals(expectedB, scanned[1]);
  }

  @Test
  void aTimeFilterCuttingChunksDecodesOnlyTheBoundaryPages() throws Exception {
    // Cuts the first and the last file's chunk in the middle of a page.
    TimeInterval window = new TimeInterval(123_456, 4_876_543);
    SeriesQuery q = query(List.of("a"), List.of(window));
    ReadStatistics before = engine.readStatistics();
    Aggregates[] stats = new Aggregates[] {Aggregates.EMPTY};
    try (SeriesSource s = engine.open(q)) {
      for (Segment seg = s.next(); seg != null; seg = s.next()) {
        SeriesStatistics[] st = seg.statistics();
        Aggregates part;
        if (st != null) {
          part = Aggregates.of(st[0]);
        } else {
          part = fromBlock(seg.decode());
        }
        stats[0] = stats[0].plus(part);
      }
    }
    ReadStatistics used = engine.readStatistics().minus(before);
    assertTrue(used.pagesDecoded() <= 2, "only the two pages holding the window's ends: " + used);
    assertTrue(used.pagesDecoded() >= 1, used.toString());

    // Closed form of the window (the full-scan comparison is the test above).
    double sum = 0;
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (long t = window.start(); t <= window.end(); t++) {
      sum += a(t);
      min = Math.min(min, a(t));
      max = Math.max(max, a(t));
    }
    assertEquals(new Aggregates(window.end() - window.start() + 1, sum, min, max, a(window.start()),
        a(window.end()), window.start(), window.end()), stats[0]);
  }

  private static Aggregates fromBlock(Block block) {
    Aggregates acc = Aggregates.EMPTY;
    double[] v = block.column(0).doubles();
    for (int r = 0; r < block.rowCount(); r++) {
      if (!block.column(0).isNull(r)) {
        acc = acc.plus(new Aggregates(1, v[r], v[r], v[r], v[r], v[r], block.time(r), block.time(r)));
      }
    }
    return acc;
  }
}
