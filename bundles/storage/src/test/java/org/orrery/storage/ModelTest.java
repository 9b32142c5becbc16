package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.storage.TestData.DB;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.read.TsFileReader;

/**
 * Random writes (about 1 % of points delayed by a long way), updates, nulls, deletions, flushes,
 * compactions and restarts, compared after every step with a TreeMap per series.
 */
class ModelTest {
  @TempDir Path dir;

  private final Map<String, TreeMap<Long, Double>> model = new HashMap<>();
  private static final List<String> DEVICES = List.of("d1", "d2", "d3");
  private static final List<String> SENSORS = List.of("s1", "s2");

  @Test
  void randomOperationsMatchTheModel() throws Exception {
    Random rnd = new Random(42);
    StorageConfig cfg = TestData.config().withPartitionWidthMillis(200_000).withCompactionMinFiles(3);
    LsmStorageEngine e = new LsmStorageEngine(cfg, dir, TestData.CODECS);
    long clock = 0;
    try {
      for (int step = 0; step < 120; step++) {
        int op = rnd.nextInt(100);
        if (op < 70) {
          clock = write(e, rnd, clock);
        } else if (op < 80) {
          delete(e, rnd, clock);
        } else if (op < 90) {
          e.flush(DB);
        } else if (op < 95) {
          e.compactNow();
        } else {
          e.closeWithoutFlush();
          e = new LsmStorageEngine(cfg, dir, TestData.CODECS);
        }
        if (step % 10 == 9) {
          check(e, rnd);
        }
      }
      e.flush(DB);
      e.compactNow();
      e.compactNow();
      check(e, rnd);
      assertEquals(0, e.regions().get(0).unsequenceFiles());
      assertEquals(0, e.regions().get(0).modsFiles());
      assertSequenceFilesDoNotOverlap();
    } finally {
      e.close();
    }
  }

  private long write(LsmStorageEngine e, Random rnd, long clock) {
    PartialPath device = TestData.device(DEVICES.get(rnd.nextInt(DEVICES.size())));
    int rows = 1 + rnd.nextInt(300);
    long[] times = new long[rows];
    List<Column> cols = new ArrayList<>();
    double[][] values = new double[SENSORS.size()][rows];
    boolean[][] nulls = new boolean[SENSORS.size()][rows];
    for (int r = 0; r < rows; r++) {
      if (rnd.nextInt(100) == 0 && clock > 50_000) {
        times[r] = clock - 20_000 - rnd.nextInt(30_000); // delayed by a long way
      } else if (rnd.nextInt(50) == 0) {
        times[r] = clock - rnd.nextInt(5); // a duplicate or slightly late point
      } else {
        clock += 1 + rnd.nextInt(10);
        times[r] = clock;
      }
      for (int s = 0; s < SENSORS.size(); s++) {
        values[s][r] = rnd.nextInt(1_000_000) / 8.0;
        nulls[s][r] = rnd.nextInt(20) == 0;
      }
    }
    for (int s = 0; s < SENSORS.size(); s++) {
      cols.add(new Column(DataType.DOUBLE, values[s], nulls[s], rows));
    }
    e.write(new WriteBatch(DB, device, false, SENSORS, times, cols, rows));
    for (int r = 0; r < rows; r++) {
      for (int s = 0; s < SENSORS.size(); s++) {
        if (!nulls[s][r]) {
          series(device, SENSORS.get(s)).put(times[r], values[s][r]);
        }
      }
    }
    return clock;
  }

  private void delete(LsmStorageEngine e, Random rnd, long clock) {
    PartialPath device = TestData.device(DEVICES.get(rnd.nextInt(DEVICES.size())));
    String sensor = SENSORS.get(rnd.nextInt(SENSORS.size()));
    long from = clock <= 0 ? 0 : (long) (rnd.nextDouble() * clock);
    long to = from + rnd.nextInt(3000);
    e.delete(DB, device, List.of(sensor), from, to);
    series(device, sensor).subMap(from, true, to, true).clear();
  }

  private TreeMap<Long, Double> series(PartialPath device, String sensor) {
    return model.computeIfAbsent(device + "." + sensor, k -> new TreeMap<>());
  }

  private void check(LsmStorageEngine e, Random rnd) throws Exception {
    for (String d : DEVICES) {
      PartialPath device = TestData.device(d);
      for (String s : SENSORS) {
        TreeMap<Long, Double> expected = series(device, s);
        assertEquals(expected, TestData.readAll(e, device, s), device + "." + s);
        assertEquals(expected, TestData.read(e, device, s, List.of(TimeInterval.ALL), false));
        if (!expected.isEmpty()) {
          long a = expected.firstKey() + rnd.nextInt(5000);
          long b = a + rnd.nextInt(20_000);
          assertEquals(new TreeMap<>(expected.subMap(a, true, b, true)),
              TestData.read(e, device, s, List.of(new TimeInterval(a, b)), true));
          checkAggregates(e, device, s, expected);
        }
      }
    }
  }

  /** count and sum from statistics where offered, decoded points elsewhere, equal the model. */
  private void checkAggregates(LsmStorageEngine e, PartialPath device, String s,
      TreeMap<Long, Double> expected) throws Exception {
    SeriesQuery q = new SeriesQuery(DB, device, false, List.of(s), List.of(DataType.DOUBLE),
        List.of(TimeInterval.ALL), true);
    long count = 0;
    double sum = 0;
    try (SeriesSource src = e.open(q)) {
      for (Segment seg = src.next(); seg != null; seg = src.next()) {
        SeriesStatistics[] st = seg.statistics();
        if (st != null) {
          count += st[0].count();
          sum += st[0].sum();
        } else {
          var b = seg.decode();
          for (int r = 0; r < b.rowCount(); r++) {
            if (!b.column(0).isNull(r)) {
              count++;
              sum += b.column(0).doubles()[r];
            }
          }
        }
      }
    }
    double expectedSum = expected.values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(expected.size(), count);
    assertEquals(expectedSum, sum, Math.abs(expectedSum) * 1e-9 + 1e-6);
  }

  private void assertSequenceFilesDoNotOverlap() throws Exception {
    Map<String, List<long[]>> ranges = new HashMap<>();
    for (Path f : TestData.files(dir.resolve("data/sequence"), ".tsfile")) {
      try (TsFileReader r = TsFileReader.open(f, TestData.CODECS)) {
        for (String d : DEVICES) {
          for (String s : SENSORS) {
            var st = r.statistics(DeviceId.parse("root.sg." + d), s);
            if (st.isPresent()) {
              ranges.computeIfAbsent(d + s, k -> new ArrayList<>())
                  .add(new long[] {st.get().startTime(), st.get().endTime()});
            }
          }
        }
      }
    }
    for (List<long[]> list : ranges.values()) {
      list.sort((x, y) -> Long.compare(x[0], y[0]));
      for (int i = 1; i < list.size(); i++) {
        assertTrue(list.get(i)[0] > list.get(i - 1)[1], "sequence files overlap");
      }
    }
  }
}
