package org.orrery.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.WriteBatch;

/**
 * In-process ingest benchmark of issue 4: DEVICES devices x SENSORS DOUBLE sensors x ROWS rows,
 * written in tablets of TABLET rows by one thread per device, then flushed; reports points/s
 * and bytes per point of the TsFiles. Arguments: {@code <dir> <sync|async> [rows]}.
 */
public final class IngestBenchmark {
  static final int DEVICES = 10;
  static final int SENSORS = 10;
  static final int TABLET = 10_000;

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    WalMode mode = WalMode.parse(args[1]);
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    StorageConfig cfg = StorageConfig.defaults().withWalMode(mode).withCompaction(false, 60_000, 32)
        .withWalSegmentBytes(256L << 20);
    List<String> names = new ArrayList<>();
    for (int s = 0; s < SENSORS; s++) {
      names.add("s" + s);
    }
    PartialPath db = PartialPath.parse("root.bench");
    long start;
    long points = (long) DEVICES * SENSORS * rows;
    try (LsmStorageEngine e = new LsmStorageEngine(cfg, dir, TestData.CODECS)) {
      start = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int d = 0; d < DEVICES; d++) {
        PartialPath device = PartialPath.parse("root.bench.d" + d);
        Thread t = new Thread(() -> {
          long[] times = new long[TABLET];
          List<Column> cols = new ArrayList<>();
          double[][] values = new double[SENSORS][TABLET];
          for (int s = 0; s < SENSORS; s++) {
            cols.add(new Column(DataType.DOUBLE, values[s], null, TABLET));
          }
          for (int base = 0; base < rows; base += TABLET) {
            long[] batchTimes = times.clone();
            for (int r = 0; r < TABLET; r++) {
              batchTimes[r] = 1_700_000_000_000L + (long) (base + r) * 1000;
              for (int s = 0; s < SENSORS; s++) {
                values[s][r] = Math.round(Math.sin((base + r) / 100.0 + s) * 1000) / 10.0;
              }
            }
            e.write(new WriteBatch(db, device, false, names, batchTimes, cols, TABLET));
          }
        });
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
      double ingestSeconds = (System.nanoTime() - start) / 1e9;
      e.flush(db);
      double totalSeconds = (System.nanoTime() - start) / 1e9;
      long bytes;
      try (Stream<Path> s = Files.walk(dir.resolve("data"))) {
        bytes = s.filter(p -> p.toString().endsWith(".tsfile")).mapToLong(p -> p.toFile().length()).sum();
      }
      System.out.printf("mode=%s points=%d ingest=%.2fs (%.2f M points/s) ingest+flush=%.2fs "
              + "(%.2f M points/s) tsfile bytes=%d (%.3f bytes/point)%n",
          mode, points, ingestSeconds, points / ingestSeconds / 1e6, totalSeconds,
          points / totalSeconds / 1e6, bytes, (double) bytes / points);
    }
  }
}
