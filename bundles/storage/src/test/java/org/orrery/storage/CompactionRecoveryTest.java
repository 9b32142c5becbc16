package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.storage.TestData.DB;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.path.PartialPath;
import org.orrery.storage.file.ResourceFormat;

/** Compactions cut by a crash are rolled back or finished from their log at the next start. */
class CompactionRecoveryTest {
  @TempDir Path dir;
  private static final PartialPath D = TestData.device("d");

  private TreeMap<Long, Double> prepare() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config().withCompactionMinFiles(2), dir, TestData.CODECS)) {
      e.write(TestData.doubles(D, List.of("s"), TestData.range(0, 100), (m, t) -> t));
      e.flush(DB);
      e.write(TestData.doubles(D, List.of("s"), TestData.range(100, 200), (m, t) -> t));
      e.write(TestData.doubles(D, List.of("s"), new long[] {50}, (m, t) -> -1));
      e.flush(DB);
      return TestData.readAll(e, D, "s");
    }
  }

  @Test
  void startedCompactionIsRolledBack() throws Exception {
    TreeMap<Long, Double> expected = prepare();
    Path seqRoot = dir.resolve("data/sequence/root.sg/0");
    Path partition0 = seqRoot.resolve("0");
    // Simulate: log written in state STARTED, output half written (no resource).
    Path output = partition0.resolve("9-1-1.tsfile");
    Files.write(output, new byte[] {'T', 's', 'F', 'i', 'l', 'e', 4});
    writeLog(seqRoot, (byte) 1, "9-1-1.tsfile");
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      assertFalse(Files.exists(output));
      assertEquals(0, TestData.countFiles(dir, ".log"));
      assertEquals(expected, TestData.readAll(e, D, "s"));
      assertEquals(1, e.regions().get(0).unsequenceFiles());
    }
  }

  @Test
  void completedCompactionRemovesItsInputs() throws Exception {
    TreeMap<Long, Double> expected = prepare();
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.compactNow();
      assertEquals(0, e.regions().get(0).unsequenceFiles());
    }
    // Put an "input" back as if the crash came after OUTPUT_COMPLETE but before deletion.
    Path seqRoot = dir.resolve("data/sequence/root.sg/0");
    Path unseqFile = dir.resolve("data/unsequence/root.sg/0/0/2-0-0.tsfile");
    Path output = TestData.files(seqRoot, ".tsfile").get(0);
    Files.createDirectories(unseqFile.getParent());
    Files.copy(output, unseqFile);
    Files.copy(ResourceFormat.pathOf(output), ResourceFormat.pathOf(unseqFile));
    writeLog(seqRoot, (byte) 2, output.getFileName().toString(), "unseq:2-0-0.tsfile");
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      assertFalse(Files.exists(unseqFile));
      assertTrue(Files.exists(output));
      assertEquals(expected, TestData.readAll(e, D, "s"));
    }
  }

  /** Writes a compaction log through the real format (reflection-free: same constants). */
  private static void writeLog(Path seqRoot, byte state, String output, String... unseqInputs) throws Exception {
    org.orrery.storage.io.ByteOut out = new org.orrery.storage.io.ByteOut(128);
    out.putBytes("OCMP".getBytes(), 0, 4);
    out.putByte(1);
    out.putByte(state);
    out.putInt(unseqInputs.length);
    for (String in : unseqInputs) {
      out.putByte(2);
      out.putLong(0);
      out.putString(in.substring("unseq:".length()));
    }
    out.putByte(1);
    out.putLong(0);
    out.putString(output);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(out.array(), 0, out.size());
    out.putInt((int) crc.getValue());
    Files.write(seqRoot.resolve("compaction-test.log"), java.util.Arrays.copyOf(out.array(), out.size()));
  }
}
