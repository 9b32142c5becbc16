package org.orrery.schema;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;

/**
 * Builds 1,000,000 series (10 databases x 1000 devices x 100 sensors) through auto-creation and
 * times pattern resolution, counting and recovery; prints heap used by the schema. Not a unit
 * test: run it by hand (command in BENCHMARK.md). Arguments: [databases devices sensors].
 */
public final class SchemaBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long cpuMark;

  private SchemaBenchmark() {}

  public static void main(String[] args) throws IOException {
    int databases = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int devices = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int sensors = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Path dir = Files.createTempDirectory("orrery-schema-bench");
    try {
      run(dir, databases, devices, sensors);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static void run(Path dir, int databases, int devices, int sensors) throws IOException {
    List<String> names = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    for (int s = 0; s < sensors; s++) {
      names.add("s" + s);
      types.add(DataType.DOUBLE);
    }
    long heapBefore = usedHeap();
    // sync off while building: one fsync per device would measure the disk, not the schema
    SchemaConfig config = SchemaConfig.builder().sync(false).build();
    FileSchemaEngine engine = new FileSchemaEngine(config, dir);
    long start = System.nanoTime();
    cpuMark = THREADS.getCurrentThreadCpuTime();
    for (int db = 0; db < databases; db++) {
      for (int d = 0; d < devices; d++) {
        engine.prepareWrite(PartialPath.parse("root.db" + db + ".d" + d), names, types, false);
      }
    }
    report("build " + engine.seriesCount() + " series via prepareWrite", start);
    long heapAfter = usedHeap();
    System.out.printf("heap used by the schema: %.1f MiB (%.1f bytes/series)%n",
        (heapAfter - heapBefore) / 1048576.0, (heapAfter - heapBefore) / (double) engine.seriesCount());

    start = System.nanoTime();
    cpuMark = THREADS.getCurrentThreadCpuTime();
    int known = 0;
    for (int d = 0; d < devices; d++) {
      known += engine.prepareWrite(PartialPath.parse("root.db5.d" + d), names, types, false).series().size();
    }
    report("prepareWrite of " + devices + " known devices x " + sensors + " columns (" + known + ")", start);

    for (int round = 0; round < 3; round++) {
      System.out.println("-- round " + (round + 1));
      time("series root.**.s1", () -> engine.series(PathPattern.parse("root.**.s1"), List.of(), 0, 0).size());
      time("series root.db3.*.s*", () -> engine.series(PathPattern.parse("root.db3.*.s*"), List.of(), 0, 0).size());
      time("series root.db3.d7.* ", () -> engine.series(PathPattern.parse("root.db3.d7.*"), List.of(), 0, 0).size());
      time("series root.** limit 10 offset 500000",
          () -> engine.series(PathPattern.parse("root.**"), List.of(), 500_000, 10).size());
      time("count root.**", () -> engine.countTimeseries(PathPattern.parse("root.**"), List.of()));
      time("count root.db3.*.s1*", () -> engine.countTimeseries(PathPattern.parse("root.db3.*.s1*"), List.of()));
      time("count devices root.**", () -> engine.countDevices(PathPattern.parse("root.**")));
    }

    start = System.nanoTime();
    cpuMark = THREADS.getCurrentThreadCpuTime();
    engine.close(); // writes the closing snapshot
    report("close (snapshot of " + size(dir.resolve("schema.snapshot")) / 1024 + " KiB)", start);
    start = System.nanoTime();
    cpuMark = THREADS.getCurrentThreadCpuTime();
    try (FileSchemaEngine reopened = new FileSchemaEngine(config, dir)) {
      report("reopen from snapshot (" + reopened.seriesCount() + " series)", start);
    }
  }

  private static void time(String what, Supplier<Number> action) {
    long start = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    Number result = action.get();
    System.out.printf(
        "%-40s %8d results %9.1f ms wall %9.1f ms cpu%n",
        what,
        result.longValue(),
        (System.nanoTime() - start) / 1e6,
        (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
  }

  /** Wall time since {@code start} and CPU time of this thread since {@link #cpuMark}. */
  private static void report(String what, long start) {
    System.out.printf(
        "%-62s %9.1f ms wall %9.1f ms cpu%n",
        what, (System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpuMark) / 1e6);
    cpuMark = THREADS.getCurrentThreadCpuTime();
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long size(Path file) throws IOException {
    return Files.size(file);
  }
}
