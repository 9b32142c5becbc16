package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.storage.TestData.DB;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.block.Block;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.storage.read.MergeWindows;

/**
 * Reading a stretch where a sequence file, an unsequence file and the memtable overlap decodes
 * it window by window: no merged segment holds much more than the window budget, and the merge
 * is still right (newest version wins) in both directions.
 */
class BoundedMergeTest {
  @TempDir Path dir;

  private static final PartialPath D = TestData.device("m");
  private static final int ROWS = 1_000_000;

  @Test
  void overlappingStretchIsMergedInBoundedWindows() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config().withWalMode(WalMode.ASYNC)
        .withPartitionWidthMillis(StorageConfig.DAY_MILLIS), dir, TestData.CODECS)) {
      e.write(TestData.doubles(D, List.of("s"), TestData.range(0, ROWS), (m, t) -> t));
      e.flush(DB);
      // Every 100th time rewritten: older than the stable time, so an unsequence file.
      long[] every100 = new long[ROWS / 100];
      for (int i = 0; i < every100.length; i++) {
        every100[i] = i * 100L;
      }
      e.write(TestData.doubles(D, List.of("s"), every100, (m, t) -> -t));
      e.flush(DB);
      // And every 1000th (offset 7) again, left in the memtable.
      long[] every1000 = new long[ROWS / 1000];
      for (int i = 0; i < every1000.length; i++) {
        every1000[i] = i * 1000L + 7;
      }
      e.write(TestData.doubles(D, List.of("s"), every1000, (m, t) -> t + 0.5));
      assertEquals(1, e.regions().get(0).unsequenceFiles());

      for (boolean ascending : new boolean[] {true, false}) {
        SeriesQuery q = new SeriesQuery(DB, D, false, List.of("s"), List.of(DataType.DOUBLE),
            List.of(TimeInterval.ALL), ascending);
        TreeMap<Long, Double> seen = new TreeMap<>();
        int segments = 0;
        Long previous = null;
        try (SeriesSource s = e.open(q)) {
          for (Segment seg = s.next(); seg != null; seg = s.next()) {
            segments++;
            assertNull(seg.statistics(), "merged data has no usable statistics");
            Block b = seg.decode();
            assertTrue(b.rowCount() <= 2 * MergeWindows.BUDGET,
                "a window holds " + b.rowCount() + " rows");
            for (int r = 0; r < b.rowCount(); r++) {
              long t = b.time(r);
              assertTrue(t >= seg.startTime() && t <= seg.endTime(), "time " + t + " outside its segment");
              if (previous != null) {
                assertTrue(ascending ? t > previous : t < previous, "order broken at " + t);
              }
              previous = t;
              seen.put(t, b.column(0).doubles()[r]);
            }
          }
        }
        assertTrue(segments >= ROWS / MergeWindows.BUDGET, segments + " segments");
        assertEquals(ROWS, seen.size());
        for (long t = 0; t < ROWS; t++) {
          double expected = t % 1000 == 7 ? t + 0.5 : t % 100 == 0 ? -t : t;
          assertEquals(expected, seen.get(t), "time " + t);
        }
      }
    }
  }
}
