package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.storage.TestData.DB;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.LastPoint;
import org.orrery.engine.storage.RegionStatus;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.engine.storage.WriteBatch;

class EngineBasicsTest {
  @TempDir Path dir;

  private static final PartialPath D1 = TestData.device("d1");

  @Test
  void writesAreReadBackFromMemtableAndFiles() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.write(TestData.doubles(D1, List.of("s1", "s2"), TestData.range(0, 1000), (m, t) -> t * 2.0));
      assertEquals(1000, TestData.readAll(e, D1, "s1").size());
      e.flush(DB);
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(1000, 1500), (m, t) -> t * 2.0));
      TreeMap<Long, Double> all = TestData.readAll(e, D1, "s1");
      assertEquals(1500, all.size());
      for (var en : all.entrySet()) {
        assertEquals(en.getKey() * 2.0, en.getValue());
      }
      assertEquals(1000, TestData.readAll(e, D1, "s2").size());
      TreeMap<Long, Double> desc = TestData.read(e, D1, "s1", List.of(TimeInterval.ALL), false);
      assertEquals(all, desc);
      TreeMap<Long, Double> window = TestData.read(e, D1, "s1",
          List.of(new TimeInterval(10, 19), new TimeInterval(995, 1004)), true);
      assertEquals(20, window.size());
      assertTrue(window.containsKey(995L) && window.containsKey(1004L) && !window.containsKey(20L));
    }
  }

  @Test
  void laterWriteWinsAndNullsDoNotOverwrite() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.write(TestData.doubles(D1, List.of("s1", "s2"), new long[] {5, 6}, (m, t) -> 1.0));
      // Same times again: s1 gets new values, s2 is null and must keep its old values.
      double[] v = {2.0, 2.0};
      boolean[] nulls = {true, true};
      WriteBatch second = new WriteBatch(DB, D1, false, List.of("s1", "s2"), new long[] {6, 5},
          List.of(new Column(DataType.DOUBLE, v, null, 2), new Column(DataType.DOUBLE, new double[2], nulls, 2)), 2);
      e.write(second);
      assertEquals(2.0, TestData.readAll(e, D1, "s1").get(5L));
      assertEquals(1.0, TestData.readAll(e, D1, "s2").get(5L));
      e.flush(DB);
      // Now an update lands in a newer (unsequence) file and must win over the flushed value.
      e.write(TestData.doubles(D1, List.of("s1"), new long[] {5}, (m, t) -> 3.0));
      assertEquals(3.0, TestData.readAll(e, D1, "s1").get(5L));
      e.flush(DB);
      assertEquals(3.0, TestData.readAll(e, D1, "s1").get(5L));
      assertEquals(2.0, TestData.readAll(e, D1, "s1").get(6L));
      assertEquals(1.0, TestData.readAll(e, D1, "s2").get(6L));
    }
  }

  @Test
  void statisticsOnlyForNonOverlappingUndeletedSegmentsInsideTheFilter() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(0, 100), (m, t) -> t));
      e.flush(DB);
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(100, 200), (m, t) -> t));
      e.flush(DB);
      SeriesQuery q = new SeriesQuery(DB, D1, false, List.of("s1"), List.of(DataType.DOUBLE),
          List.of(TimeInterval.ALL), true);
      List<SeriesStatistics> stats = new ArrayList<>();
      long before = e.readCounters().pagesDecoded();
      try (SeriesSource s = e.open(q)) {
        for (Segment seg = s.next(); seg != null; seg = s.next()) {
          SeriesStatistics[] st = seg.statistics();
          assertNotNull(st, "closed non-overlapping chunk must offer statistics");
          stats.add(st[0]);
        }
      }
      assertEquals(before, e.readCounters().pagesDecoded(), "statistics must not decode pages");
      assertEquals(200, stats.stream().mapToLong(SeriesStatistics::count).sum());
      assertEquals(199.0 * 200 / 2, stats.stream().mapToDouble(SeriesStatistics::sum).sum());

      // A filter that cuts the first file: that segment has no statistics.
      SeriesQuery cut = new SeriesQuery(DB, D1, false, List.of("s1"), List.of(DataType.DOUBLE),
          List.of(new TimeInterval(50, 1000)), true);
      try (SeriesSource s = e.open(cut)) {
        Segment first = s.next();
        assertNull(first.statistics());
        assertEquals(50, first.decode().rowCount());
        assertNotNull(s.next().statistics());
      }

      // A deletion inside the second file removes its statistics; an overlapping update merges.
      e.delete(DB, D1, List.of("s1"), 150, 150);
      e.write(TestData.doubles(D1, List.of("s1"), new long[] {10}, (m, t) -> -1));
      try (SeriesSource s = e.open(q)) {
        Segment merged = s.next();
        assertNull(merged.statistics(), "memtable overlaps the first file");
        Block b = merged.decode();
        assertEquals(100, b.rowCount());
        assertEquals(-1.0, b.column(0).doubles()[10]);
        Segment deleted = s.next();
        assertNull(deleted.statistics());
        assertEquals(99, deleted.decode().rowCount());
        assertNull(s.next());
      }
    }
  }

  @Test
  void deletionsApplyToMemtablesFilesAndSurviveRestart() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.write(TestData.doubles(D1, List.of("s1", "s2"), TestData.range(0, 100), (m, t) -> t));
      e.flush(DB);
      e.write(TestData.doubles(D1, List.of("s1", "s2"), TestData.range(100, 200), (m, t) -> t));
      e.delete(DB, D1, List.of("s1"), 50, 149);
      assertEquals(100, TestData.readAll(e, D1, "s1").size());
      assertEquals(200, TestData.readAll(e, D1, "s2").size());
      assertEquals(1, TestData.countFiles(dir, ".mods"));
      e.closeWithoutFlush();
    }
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      TreeMap<Long, Double> s1 = TestData.readAll(e, D1, "s1");
      assertEquals(100, s1.size());
      assertFalse(s1.containsKey(50L) || s1.containsKey(149L));
      assertTrue(s1.containsKey(49L) && s1.containsKey(150L));
    }
  }

  @Test
  void recoveryReplaysWalAndDropsIncompleteTsFiles() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(0, 500), (m, t) -> t));
      e.flush(DB);
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(500, 800), (m, t) -> t));
      e.closeWithoutFlush();
    }
    // A flush cut mid-write: a TsFile without tail and without resource file.
    Path partial = TestData.files(dir.resolve("data/sequence"), ".tsfile").get(0)
        .resolveSibling("99-0-0.tsfile");
    java.nio.file.Files.write(partial, new byte[] {'T', 's', 'F', 'i', 'l', 'e', 4, 1, 2, 3});
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      assertFalse(java.nio.file.Files.exists(partial));
      TreeMap<Long, Double> all = TestData.readAll(e, D1, "s1");
      assertEquals(800, all.size());
      assertEquals(799.0, all.lastEntry().getValue());
    }
  }

  @Test
  void delayedPointsGoToUnsequenceFilesAndCompactionRemovesThem() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      for (int round = 0; round < 5; round++) {
        long base = round * 10_000L;
        e.write(TestData.doubles(D1, List.of("s1"), TestData.range(base, base + 10_000), (m, t) -> t));
        if (round > 0) {
          e.write(TestData.doubles(D1, List.of("s1"), new long[] {base - 5_000 + 1}, (m, t) -> -t));
        }
        e.flush(DB);
      }
      RegionStatus st = e.regions().get(0);
      assertTrue(st.separatingDelayedData());
      assertEquals(4, st.unsequenceFiles(), "each flush after the first has one delayed point");
      assertEquals(5, st.sequenceFiles());
      e.delete(DB, D1, List.of("s1"), 100, 199);
      TreeMap<Long, Double> before = TestData.readAll(e, D1, "s1");
      assertEquals(49_900, before.size());
      assertEquals(-5001.0, before.get(5001L));
      assertTrue(e.compactNow() > 0);
      RegionStatus after = e.regions().get(0);
      assertEquals(0, after.unsequenceFiles());
      assertEquals(0, after.modsFiles());
      assertEquals(0, TestData.countFiles(dir.resolve("data/unsequence"), ".tsfile"));
      assertEquals(0, TestData.countFiles(dir, ".mods"));
      assertEquals(before, TestData.readAll(e, D1, "s1"));
    }
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      assertEquals(49_900, TestData.readAll(e, D1, "s1").size());
    }
  }

  @Test
  void lastValueCacheFollowsWritesAndDeletes() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      assertTrue(e.last(DB, D1, false, "s1", DataType.DOUBLE).isEmpty());
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(0, 10), (m, t) -> t));
      e.flush(DB);
      Optional<LastPoint> last = e.last(DB, D1, false, "s1", DataType.DOUBLE);
      assertEquals(9, last.orElseThrow().time());
      e.write(TestData.doubles(D1, List.of("s1"), new long[] {20}, (m, t) -> 7));
      assertEquals(7.0, e.last(DB, D1, false, "s1", DataType.DOUBLE).orElseThrow().value());
      e.delete(DB, D1, List.of("s1"), 15, 25);
      assertEquals(9, e.last(DB, D1, false, "s1", DataType.DOUBLE).orElseThrow().time());
    }
  }

  @Test
  void ttlHidesExpiredPointsAndCompactionDropsExpiredFiles() throws Exception {
    long now = System.currentTimeMillis();
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.write(TestData.doubles(D1, List.of("s1"), new long[] {now - 10_000_000, now - 9_000_000}, (m, t) -> 1));
      e.flush(DB);
      e.write(TestData.doubles(D1, List.of("s1"), new long[] {now + 1000}, (m, t) -> 2));
      e.setTtl(DB, 3_600_000);
      assertEquals(1, TestData.readAll(e, D1, "s1").size());
      e.compactNow();
      assertEquals(0, e.regions().get(0).sequenceFiles());
      e.setTtl(DB, 0);
      assertEquals(1, TestData.readAll(e, D1, "s1").size(), "dropped file stays gone");
    }
  }

  @Test
  void typeConflictsAndClosedEngineAreReported() throws Exception {
    LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS);
    e.write(TestData.doubles(D1, List.of("s1"), new long[] {1}, (m, t) -> 1));
    WriteBatch ints = new WriteBatch(DB, D1, false, List.of("s1"), new long[] {2},
        List.of(new Column(DataType.INT32, new int[] {1}, null, 1)), 1);
    OrreryException ex = assertThrows(OrreryException.class, () -> e.write(ints));
    assertEquals(ErrorCode.TYPE_MISMATCH, ex.code());
    assertTrue(ex.getMessage().contains("root.sg.d1.s1"), ex.getMessage());
    e.close();
    assertThrows(OrreryException.class, () -> e.write(TestData.doubles(D1, List.of("s1"), new long[] {3}, (m, t) -> 1)));
  }

  @Test
  void aSeriesDeletedWholeInMemoryTakesANewTypeOnlyThen() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.write(TestData.doubles(D1, List.of("s1", "s2"), TestData.range(0, 10), (m, t) -> t));
      WriteBatch ints = new WriteBatch(DB, D1, false, List.of("s1"), new long[] {20},
          List.of(new Column(DataType.INT32, new int[] {7}, null, 1)), 1);
      // part of s1 deleted: values of the old type remain, so the new type is refused
      e.delete(DB, D1, List.of("s1"), 0, 4);
      assertEquals(ErrorCode.TYPE_MISMATCH, assertThrows(OrreryException.class, () -> e.write(ints)).code());
      // all of s1 deleted (DELETE TIMESERIES): the series may come back as INT32
      e.delete(DB, D1, List.of("s1"), Long.MIN_VALUE, Long.MAX_VALUE);
      e.write(ints);
      List<String> rows = new ArrayList<>();
      SeriesQuery query = new SeriesQuery(DB, D1, false, List.of("s1"), List.of(DataType.INT32),
          List.of(TimeInterval.ALL), true);
      try (SeriesSource source = e.open(query)) {
        for (Segment segment = source.next(); segment != null; segment = source.next()) {
          Block block = segment.decode();
          for (int r = 0; r < block.rowCount(); r++) {
            if (!block.column(0).isNull(r)) {
              rows.add(block.time(r) + "=" + block.column(0).ints()[r]);
            }
          }
        }
      }
      assertEquals(List.of("20=7"), rows);
      assertEquals(10, TestData.readAll(e, D1, "s2").size(), "the device's other series keeps its points");
    }
  }

  @Test
  void writersWaitForFlushesWhenOverBudget() throws Exception {
    // A long wait: the second write must be held until the flush frees memory, however slowly a
    // loaded machine flushes (a short timeout made this fail under load).
    StorageConfig tiny = TestData.config().withMemoryBudgetBytes(1).withMemtableFlushBytes(1L << 40)
        .withWriteBlockTimeoutMillis(30_000);
    try (LsmStorageEngine e = new LsmStorageEngine(tiny, dir, TestData.CODECS)) {
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(0, 100), (m, t) -> t));
      // The budget is exceeded; the engine flushes to make room, so the next write succeeds.
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(100, 200), (m, t) -> t));
      assertEquals(200, TestData.readAll(e, D1, "s1").size());
      assertTrue(e.regions().get(0).sequenceFiles() >= 1);
    }
  }

  @Test
  void writersAreRejectedWhenFlushesCannotFreeMemory() throws Exception {
    StorageConfig tiny = TestData.config().withMemoryBudgetBytes(1).withMemtableFlushBytes(1L << 40)
        .withWriteBlockTimeoutMillis(300);
    // No codecs: every flush fails, so memory is never released.
    try (LsmStorageEngine e = new LsmStorageEngine(tiny, dir, new org.orrery.codec.api.SimpleCodecRegistry())) {
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(0, 100), (m, t) -> t));
      OrreryException ex = assertThrows(OrreryException.class,
          () -> e.write(TestData.doubles(D1, List.of("s1"), TestData.range(100, 200), (m, t) -> t)));
      assertEquals(ErrorCode.WRITE_REJECTED, ex.code());
      assertEquals(100, TestData.readAll(e, D1, "s1").size(), "unflushed data stays readable");
      e.closeWithoutFlush();
    }
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      assertEquals(100, TestData.readAll(e, D1, "s1").size(), "and is recovered from the WAL");
    }
  }

  @Test
  void dropDatabaseRemovesEverything() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(0, 100), (m, t) -> t));
      e.flush(DB);
      e.write(TestData.doubles(D1, List.of("s1"), TestData.range(100, 110), (m, t) -> t));
      e.dropDatabase(DB);
      assertEquals(0, TestData.countFiles(dir, ".tsfile"));
      assertEquals(0, TestData.countFiles(dir, ".wal"));
      assertTrue(e.regions().isEmpty());
      assertEquals(0, TestData.readAll(e, D1, "s1").size());
    }
  }
}
