package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.storage.TestData.DB;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.engine.storage.WriteBatch;

/**
 * {@code Segment.decodeTimes()} (for count) yields exactly the rows and null flags of
 * {@code decode()}, over every kind of segment: single chunks and pages of a non-aligned series,
 * several series of a file, overlapping files merged with a memtable, aligned columns with
 * nulls, tombstones, several intervals, both directions; and the counts equal those of the data
 * as written (a model kept beside the engine).
 */
class TimesOnlyDecodeTest {
  @TempDir static Path dir;

  private static final PartialPath PLAIN = TestData.device("plain");
  private static final PartialPath ALIGNED = TestData.device("aligned");
  private static LsmStorageEngine engine;
  /** device.measurement → time → value (null-free), as the engine should return it. */
  private static final Map<String, TreeMap<Long, Object>> model = new java.util.HashMap<>();

  @BeforeAll
  static void write() throws Exception {
    engine = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS);
    // File 1: a and t over [0, 30000), alone; file 2: a over [50000, 70000); file 3: a over
    // [60000, 80000) (overlaps file 2, newer); memtable: a and t over [75000, 85000).
    writePlain(0, 30_000, List.of("a", "t"), 1.0);
    engine.flush(DB);
    writePlain(50_000, 70_000, List.of("a"), 2.0);
    engine.flush(DB);
    writePlain(60_000, 80_000, List.of("a"), 4.0);
    engine.flush(DB);
    engine.delete(DB, PLAIN, List.of("a"), 5_000, 5_100);
    delete("plain.a", 5_000, 5_100);
    writeAligned(0, 20_000);
    engine.flush(DB);
    engine.delete(DB, ALIGNED, List.of("y"), 12_000, 12_999);
    delete("aligned.y", 12_000, 12_999);
    writePlain(75_000, 85_000, List.of("a", "t"), 3.0);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static void writePlain(long from, long to, List<String> measurements, double factor) {
    long[] times = TestData.range(from, to);
    List<Column> columns = new ArrayList<>();
    for (String m : measurements) {
      TreeMap<Long, Object> series = model.computeIfAbsent("plain." + m, k -> new TreeMap<>());
      if (m.equals("t")) {
        byte[][] v = new byte[times.length][];
        for (int i = 0; i < times.length; i++) {
          v[i] = ("t" + times[i]).getBytes(StandardCharsets.UTF_8);
          series.put(times[i], "t" + times[i]);
        }
        columns.add(new Column(DataType.TEXT, v, null, times.length));
      } else {
        double[] v = new double[times.length];
        for (int i = 0; i < times.length; i++) {
          v[i] = times[i] * factor;
          series.put(times[i], v[i]);
        }
        columns.add(new Column(DataType.DOUBLE, v, null, times.length));
      }
    }
    engine.write(new WriteBatch(DB, PLAIN, false, measurements, times, columns, times.length));
  }

  /** x (INT32) null on every third row, y (TEXT) null on every fourth. */
  private static void writeAligned(long from, long to) {
    long[] times = TestData.range(from, to);
    int n = times.length;
    int[] x = new int[n];
    boolean[] xNull = new boolean[n];
    byte[][] y = new byte[n][];
    TreeMap<Long, Object> mx = model.computeIfAbsent("aligned.x", k -> new TreeMap<>());
    TreeMap<Long, Object> my = model.computeIfAbsent("aligned.y", k -> new TreeMap<>());
    for (int i = 0; i < n; i++) {
      long t = times[i];
      if (t % 3 == 0) {
        xNull[i] = true;
      } else {
        x[i] = (int) t;
        mx.put(t, (int) t);
      }
      if (t % 4 != 0) {
        y[i] = ("y" + t).getBytes(StandardCharsets.UTF_8);
        my.put(t, "y" + t);
      }
    }
    engine.write(new WriteBatch(DB, ALIGNED, true, List.of("x", "y"), times,
        List.of(new Column(DataType.INT32, x, xNull, n), new Column(DataType.TEXT, y, null, n)), n));
  }

  private static void delete(String series, long from, long to) {
    model.get(series).subMap(from, true, to, true).clear();
  }

  private static final List<List<TimeInterval>> INTERVALS = List.of(
      List.of(TimeInterval.ALL),
      List.of(new TimeInterval(1_000, 1_500), new TimeInterval(25_000, 26_000)),
      List.of(new TimeInterval(4_990, 22_345)),
      List.of(new TimeInterval(10_000, 65_000)),
      List.of(new TimeInterval(61_000, 61_010), new TimeInterval(79_990, 90_000)));

  @Test
  void nonAlignedSeriesAloneAndTogether() throws Exception {
    for (List<String> ms : List.of(List.of("a"), List.of("t"), List.of("a", "t"))) {
      List<DataType> types = new ArrayList<>();
      for (String m : ms) {
        types.add(m.equals("t") ? DataType.TEXT : DataType.DOUBLE);
      }
      for (List<TimeInterval> intervals : INTERVALS) {
        for (boolean ascending : new boolean[] {true, false}) {
          check(new SeriesQuery(DB, PLAIN, false, ms, types, intervals, ascending), "plain");
        }
      }
    }
  }

  @Test
  void alignedColumnsWithNulls() throws Exception {
    for (List<String> ms : List.of(List.of("x"), List.of("y"), List.of("x", "y"))) {
      List<DataType> types = new ArrayList<>();
      for (String m : ms) {
        types.add(m.equals("y") ? DataType.TEXT : DataType.INT32);
      }
      for (List<TimeInterval> intervals : INTERVALS) {
        for (boolean ascending : new boolean[] {true, false}) {
          check(new SeriesQuery(DB, ALIGNED, true, ms, types, intervals, ascending), "aligned");
        }
      }
    }
  }

  /** Compares both decodes segment by segment and the counts with the model. */
  private static void check(SeriesQuery q, String device) throws Exception {
    long[] counts = new long[q.measurements().size()];
    Set<String> kinds = new HashSet<>();
    try (SeriesSource source = engine.open(q)) {
      for (Segment s = source.next(); s != null; s = source.next()) {
        kinds.add(s.getClass().getSimpleName());
        Block full = s.decode();
        Block times = s.decodeTimes();
        String where = q + " segment " + s.getClass().getSimpleName() + " [" + s.startTime() + ", " + s.endTime() + "]";
        assertEquals(full.rowCount(), times.rowCount(), where);
        for (int r = 0; r < full.rowCount(); r++) {
          assertEquals(full.time(r), times.time(r), where);
          for (int c = 0; c < counts.length; c++) {
            boolean isNull = full.column(c).isNull(r);
            assertEquals(isNull, times.column(c).isNull(r), where + " row " + r + " column " + c);
            if (!isNull) {
              counts[c]++;
            }
          }
        }
      }
    }
    for (int c = 0; c < counts.length; c++) {
      assertEquals(straightforwardCount(device + "." + q.measurements().get(c), q.intervals()), counts[c],
          q + " count of " + q.measurements().get(c) + " (segments " + kinds + ")");
    }
  }

  private static long straightforwardCount(String series, List<TimeInterval> intervals) {
    long n = 0;
    for (long t : model.get(series).keySet()) {
      for (TimeInterval i : intervals) {
        if (i.contains(t)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  @Test
  void everySegmentKindIsCovered() throws Exception {
    Set<String> kinds = new HashSet<>();
    for (List<TimeInterval> intervals : INTERVALS) {
      for (List<String> ms : List.of(List.of("a"), List.of("a", "t"))) {
        List<DataType> types = ms.size() == 1 ? List.of(DataType.DOUBLE) : List.of(DataType.DOUBLE, DataType.TEXT);
        try (SeriesSource source = engine.open(new SeriesQuery(DB, PLAIN, false, ms, types, intervals, true))) {
          for (Segment s = source.next(); s != null; s = source.next()) {
            kinds.add(s.getClass().getSimpleName());
          }
        }
      }
    }
    assertTrue(kinds.containsAll(List.of("MergedSegment", "FileSegment")), kinds.toString());
    assertTrue(kinds.contains("ChunkSegment") || kinds.contains("PageSegment"), kinds.toString());
    assertFalse(kinds.isEmpty());
  }
}
