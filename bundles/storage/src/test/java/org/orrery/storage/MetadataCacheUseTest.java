package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.storage.TestData.DB;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.path.PartialPath;
import org.orrery.tsfile.read.MetadataCache;

/**
 * Scans share the engine's cache of parsed file metadata: a repeated query finds its files there,
 * reads the same points as the first time, and files removed by compaction or a dropped database
 * leave the cache.
 */
class MetadataCacheUseTest {
  @TempDir Path dir;

  private static final PartialPath D = TestData.device("cached");

  @Test
  void repeatedScansHitAndRemovedFilesLeave() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      TreeMap<Long, Double> expected = new TreeMap<>();
      for (int f = 0; f < 3; f++) {
        long[] times = TestData.range(f * 1000L, f * 1000L + 1500);
        int version = f;
        e.write(TestData.doubles(D, List.of("s"), times, (m, t) -> t * 10.0 + version));
        for (long t : times) {
          expected.put(t, t * 10.0 + version);
        }
        e.flush(DB);
      }
      MetadataCache cache = e.metadataCache();
      // Overlapping flushes leave sequence and unsequence files.
      int files = e.regions().get(0).sequenceFiles() + e.regions().get(0).unsequenceFiles();
      assertTrue(files >= 3, files + " files");
      assertEquals(expected, TestData.readAll(e, D, "s"));
      long misses = cache.misses();
      assertEquals(files, misses, "each file parsed once");
      assertEquals(files, cache.fileCount());
      assertEquals(expected, TestData.readAll(e, D, "s"));
      assertEquals(misses, cache.misses(), "the second scan parses nothing");
      assertTrue(cache.hits() >= 3, "hits " + cache.hits());

      assertTrue(e.compactNow() > 0);
      int left = e.regions().get(0).sequenceFiles() + e.regions().get(0).unsequenceFiles();
      assertTrue(left < files, left + " files after compaction");
      // The inputs left the cache; files compaction did not touch stay; outputs are not read yet.
      int untouched = cache.fileCount();
      assertTrue(untouched < left, untouched + " cached of " + left + " files");
      int outputs = left - untouched;
      assertEquals(expected, TestData.readAll(e, D, "s"));
      assertEquals(misses + outputs, cache.misses(), "the compaction outputs are parsed once");
      assertEquals(expected, TestData.readAll(e, D, "s"));
      assertEquals(misses + outputs, cache.misses());
      assertEquals(left, cache.fileCount());

      e.dropDatabase(DB);
      assertEquals(0, cache.fileCount());
      assertEquals(0, cache.bytes());
    }
  }

  @Test
  void aDisabledCacheKeepsNothingAndReadsTheSame() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config().withMetadataCacheBytes(0), dir,
        TestData.CODECS)) {
      e.write(TestData.doubles(D, List.of("s"), TestData.range(0, 5000), (m, t) -> t / 7.0));
      e.flush(DB);
      TreeMap<Long, Double> first = TestData.readAll(e, D, "s");
      assertEquals(5000, first.size());
      assertEquals(first, TestData.readAll(e, D, "s"));
      assertEquals(0, e.metadataCache().fileCount());
      assertEquals(0, e.metadataCache().hits());
    }
  }
}
