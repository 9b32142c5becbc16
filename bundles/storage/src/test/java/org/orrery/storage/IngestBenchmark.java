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
 * written in tablets of TABLET rows by one thread per device, then flushed; reports points/s,
 * the process CPU time and bytes per point of the TsFiles. Arguments: {@code <dir> <sync|async> [rows]}.
 */
public final class IngestBenchmark {
  static final int DEVICES = 10;
  static final int SENSORS = 10;
  static final int TABLET = 10_000;
  /** CPU time of the writer threads, added by each when it is done. */
  static final java.util.concurrent.atomic.AtomicLong WRITER_CPU = new java.util.concurrent.atomic.AtomicLong();
  /** Rows after which the generated values repeat. */
  static final int PERIOD = 1 << 16;
  /** Per sensor, one period of {@code round(sin(row / 100 + sensor) * 1000) / 10}. */
  static final double[][] WAVES = new double[SENSORS][PERIOD];

  static {
    for (int s = 0; s < SENSORS; s++) {
      for (int r = 0; r < PERIOD; r++) {
        WAVES[s][r] = Math.round(Math.sin(r / 100.0 + s) * 1000) / 10.0;
      }
    }
  }

  private IngestBenchmark() {}

  /**
   * CPU time of the whole process (all threads, GC included): on a shared machine the wall-clock
   * rate depends on the other load, the CPU cost per point does not.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

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
      long cpuStart = processCpuNanos();
      List<Thread> threads = new ArrayList<>();
      for (int d = 0; d < DEVICES; d++) {
        PartialPath device = PartialPath.parse("root.bench.d" + d);
        Thread t = new Thread(() -> {
          List<Column> cols = new ArrayList<>();
          double[][] values = new double[SENSORS][TABLET];
          for (int s = 0; s < SENSORS; s++) {
            cols.add(new Column(DataType.DOUBLE, values[s], null, TABLET));
          }
          for (int base = 0; base < rows; base += TABLET) {
            long[] batchTimes = new long[TABLET];
            for (int r = 0; r < TABLET; r++) {
              batchTimes[r] = 1_700_000_000_000L + (long) (base + r) * 1000;
            }
            for (int s = 0; s < SENSORS; s++) {
              // Values repeat every PERIOD rows: the generator stays out of the measurement.
              int offset = base % PERIOD;
              for (int r = 0; r < TABLET; r++) {
                values[s][r] = WAVES[s][(offset + r) % PERIOD];
              }
            }
            e.write(new WriteBatch(db, device, false, names, batchTimes, cols, TABLET));
          }
          WRITER_CPU.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
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
      double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      System.out.printf("mode=%s points=%d ingest=%.2fs (%.2f M points/s) ingest+flush=%.2fs "
              + "(%.2f M points/s) tsfile bytes=%d (%.3f bytes/point) process CPU=%.2fs "
              + "(%.2f M points per CPU-second) load average=%.2f%n",
          mode, points, ingestSeconds, points / ingestSeconds / 1e6, totalSeconds,
          points / totalSeconds / 1e6, bytes, (double) bytes / points, cpuSeconds,
          points / cpuSeconds / 1e6,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      printThreadCpu(cpuSeconds);
    }
  }

  /**
   * CPU seconds per thread kind (digits in names folded): writers (WAL and memtable), flush
   * sort and write workers (encoding, compression, file writes); the rest of the process CPU
   * is the JVM's own threads (GC, JIT).
   */
  private static void printThreadCpu(double processSeconds) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
    byKind.put("writer threads (ended)", WRITER_CPU.get());
    for (long id : threads.getAllThreadIds()) {
      java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
      long cpu = threads.getThreadCpuTime(id);
      if (info != null && cpu > 0) {
        byKind.merge(info.getThreadName().replaceAll("[0-9]+", "N"), cpu, Long::sum);
      }
    }
    long java = 0;
    StringBuilder line = new StringBuilder("thread CPU:");
    for (java.util.Map.Entry<String, Long> e : byKind.entrySet()) {
      java += e.getValue();
      if (e.getValue() >= 50_000_000L) {
        line.append(String.format(" %s=%.2fs", e.getKey(), e.getValue() / 1e9));
      }
    }
    System.out.println(line.append(String.format("; JVM threads (GC, JIT) ~%.2fs", processSeconds - java / 1e9)));
  }
}
