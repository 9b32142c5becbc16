package org.orrery.storage;

import java.nio.file.Path;
import java.util.List;
import org.orrery.common.path.PartialPath;

/**
 * The process the crash test kills: an engine with WAL sync ingesting numbered batches, printing
 * "ACK id" after each write returns (the acknowledgement). Batch {@code id} holds the times
 * {@code id * ROWS .. id * ROWS + ROWS - 1} of two devices, values derived from the time, plus
 * every 7th batch one delayed point rewriting an older time with the same value (so "exactly once"
 * is checkable).
 */
public final class CrashChild {
  static final int ROWS = 50;
  static final List<String> SENSORS = List.of("s1", "s2");

  private CrashChild() {}

  static double value(long time) {
    return time * 0.5;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long firstBatch = Long.parseLong(args[1]);
    StorageConfig cfg = TestData.config().withWalMode(WalMode.SYNC).withMemtableFlushBytes(256 << 10)
        .withCompaction(true, 300, 50).withCompactionMinFiles(3);
    LsmStorageEngine e = new LsmStorageEngine(cfg, dir, TestData.CODECS);
    System.out.println("READY");
    System.out.flush();
    for (long id = firstBatch; ; id++) {
      for (PartialPath d : List.of(TestData.device("a"), TestData.device("b"))) {
        e.write(TestData.doubles(d, SENSORS, TestData.range(id * ROWS, id * ROWS + ROWS), (m, t) -> value(t)));
        if (id % 7 == 0 && id > 10) {
          e.write(TestData.doubles(d, SENSORS, new long[] {(id - 10) * ROWS + 3}, (m, t) -> value(t)));
        }
      }
      System.out.println("ACK " + id);
      System.out.flush();
    }
  }
}
