package org.orrery.query.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.SessionContext;
import org.orrery.functions.BuiltinFunctions;
import org.orrery.query.QueryConfig;
import org.orrery.query.QueryEngineCore;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.schema.FileSchemaEngine;
import org.orrery.schema.SchemaConfig;
import org.orrery.storage.LsmStorageEngine;
import org.orrery.storage.StorageConfig;
import org.orrery.storage.WalMode;

/**
 * The paper's query workload in-process, with the peer benchmark's data (see
 * /work/shared/peers/iotdb-bench/README.md): devices × DOUBLE sensors × rows at 1 s from
 * 2024-01-01T00:00:00Z, a Gaussian random walk per device (σ 0.1, seeded
 * {@code 42 * 1_000_003 + device}), GORILLA + LZ4, written through {@link QueryEngineCore#insert}
 * in tablets of 10,000 rows (one per device per batch), then flushed. Q1–Q4 run on device d0:
 * warm-up runs, then timed runs of execute + reading every row in pages of 5,000 + close; every
 * run is checked (row count, and the sum of the values against the generator's).
 *
 * <p>Arguments: {@code [dir] [rows per device] [timed runs] [warm-up runs] [reuse]}; defaults
 * {@code /tmp/orrery-query-bench 1000000 15 1}. The directory is wiped and written first, unless
 * {@code reuse} is given (then it must hold the data of an earlier run with the same rows). A
 * sixth argument such as {@code Q2,Q4} runs only those queries (for profiling).
 */
public final class PeerWorkloadBenchmark {
  private static final long START = 1_704_067_200_000L;
  private static final long INTERVAL = 1000;
  private static final int DEVICES = 10;
  private static final int SENSORS = 10;
  private static final int BATCH = 10_000;
  private static final long SEED = 42;
  private static final double STEP = 0.1;
  private static final long DAY = 86_400_000L;
  private static final long HOUR = 3_600_000L;

  private record Query(String name, String sql, long rows, double sum) {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/orrery-query-bench");
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    boolean reuse = args.length > 4 && args[4].equals("reuse");
    if (!reuse) {
      wipe(dir);
    }
    FileSchemaEngine schema = new FileSchemaEngine(SchemaConfig.defaults(), dir.resolve("schema"));
    LsmStorageEngine storage = new LsmStorageEngine(StorageConfig.defaults().withWalMode(WalMode.ASYNC),
        dir.resolve("data"), SimpleCodecRegistry.fromServiceLoader(PeerWorkloadBenchmark.class.getClassLoader()));
    FunctionRegistry functions = new FunctionRegistry();
    BuiltinFunctions.scalars().forEach(functions::registerScalar);
    BuiltinFunctions.aggregates().forEach(functions::registerAggregate);
    QueryEngineCore engine = new QueryEngineCore(QueryConfig.DEFAULT, schema, storage, null, functions);
    SessionContext root = new SessionContext("root", ZoneOffset.UTC, 0);
    try {
      long end = START + rows * INTERVAL;
      long q1s = START + Math.max(0, (end - START - DAY) / 2);
      q1s -= (q1s - START) % INTERVAL;
      long q1e = Math.min(q1s + DAY, end);
      long q2e = Math.min(q1s + HOUR, end);
      double[] sums = ingest(engine, root, rows, q1s, q1e, q2e, !reuse);
      String columns = String.join(", ", Stream.iterate(0, s -> s + 1).limit(SENSORS).map(s -> "s" + s).toList());
      List<Query> queries = List.of(
          new Query("Q1", "select s0 from root.bench.d0 where time >= " + q1s + " and time < " + q1e,
              (q1e - q1s) / INTERVAL, sums[0]),
          new Query("Q2", "select " + columns + " from root.bench.d0 where time >= " + q1s + " and time < " + q2e,
              (q2e - q1s) / INTERVAL, sums[1]),
          new Query("Q3", "select count(s0) from root.bench.d0", 1, rows),
          new Query("Q4", "select count(s0) from root.bench.d0 group by ([" + START + ", " + end + "), 1h)",
              (end - START + HOUR - 1) / HOUR, rows));
      System.out.printf(Locale.ROOT, "%-3s %10s %10s %10s %10s %10s  %s%n", "", "median ms", "min ms", "max ms", "first ms",
          "cpu ms", "sql");
      List<String> only = args.length > 5 ? List.of(args[5].split(",")) : List.of("Q1", "Q2", "Q3", "Q4");
      for (Query query : queries) {
        if (!only.contains(query.name())) {
          continue;
        }
        double first = timed(engine, root, query)[0];
        for (int w = 1; w < warmups; w++) {
          timed(engine, root, query);
        }
        double[] times = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
          double[] measured = timed(engine, root, query);
          times[r] = measured[0];
          cpu[r] = measured[1];
        }
        System.out.printf(Locale.ROOT, "%-3s %10.1f %10.1f %10.1f %10.1f %10.1f  %s%n", query.name(), median(times),
            times[0], times[runs - 1], first, median(cpu), query.sql());
      }
    } finally {
      storage.close();
      schema.close();
    }
  }

  /**
   * Writes the workload and returns the sums Q1 and Q2 must see: s0 of d0 in [q1s, q1e), and
   * every sensor of d0 in [q1s, q2e).
   */
  private static double[] ingest(QueryEngineCore engine, SessionContext root, int rows, long q1s, long q1e, long q2e,
      boolean write) {
    if (write) {
      engine.execute(root, "create database root.bench").close();
    }
    for (int d = 0; d < DEVICES && write; d++) {
      for (int s = 0; s < SENSORS; s++) {
        engine.execute(root, "create timeseries root.bench.d" + d + ".s" + s
            + " with datatype=DOUBLE, encoding=GORILLA, compressor=LZ4").close();
      }
    }
    SplittableRandom[] random = new SplittableRandom[DEVICES];
    double[][] walk = new double[DEVICES][SENSORS];
    for (int d = 0; d < DEVICES; d++) {
      random[d] = new SplittableRandom(SEED * 1_000_003L + d);
      for (int s = 0; s < SENSORS; s++) {
        walk[d][s] = 20.0 + 5.0 * s + d;
      }
    }
    List<String> measurements = Stream.iterate(0, s -> s + 1).limit(SENSORS).map(s -> "s" + s).toList();
    double q1 = 0;
    double q2 = 0;
    long started = System.nanoTime();
    for (int from = 0; from < rows; from += BATCH) {
      int count = Math.min(BATCH, rows - from);
      for (int d = 0; d < DEVICES; d++) {
        long[] times = new long[count];
        double[][] values = new double[SENSORS][count];
        for (int r = 0; r < count; r++) {
          long time = START + (from + r) * INTERVAL;
          times[r] = time;
          for (int s = 0; s < SENSORS; s++) {
            double v = walk[d][s] + random[d].nextGaussian() * STEP;
            walk[d][s] = v;
            values[s][r] = v;
            if (d == 0 && time >= q1s && time < q2e) {
              q2 += v;
            }
          }
          if (d == 0 && time >= q1s && time < q1e) {
            q1 += values[0][r];
          }
        }
        if (!write) {
          continue;
        }
        List<Column> columns = new ArrayList<>();
        for (int s = 0; s < SENSORS; s++) {
          columns.add(new Column(DataType.DOUBLE, values[s], null, count));
        }
        engine.insert(root, List.of(new InsertTablet(PartialPath.parse("root.bench.d" + d), false, measurements,
            times, columns, count)));
      }
    }
    if (!write) {
      return new double[] {q1, q2};
    }
    double written = (System.nanoTime() - started) / 1e9;
    engine.execute(root, "flush").close();
    double flushed = (System.nanoTime() - started) / 1e9;
    long points = (long) DEVICES * SENSORS * rows;
    System.out.printf(Locale.ROOT, "ingest: %,d points, %.1f s (%.2f M points/s), with flush %.1f s%n", points,
        written, points / written / 1e6, flushed);
    return new double[] {q1, q2};
  }

  /** Sorts {@code values} and returns their median. */
  private static double median(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  /**
   * One run of {@code query}: wall-clock and CPU milliseconds of the calling thread, which
   * executes the query (the CPU time does not count waiting for a core, so it stays comparable
   * on a loaded machine); fails when its rows or sum are wrong.
   */
  private static double[] timed(QueryEngineCore engine, SessionContext root, Query query) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    long rows = 0;
    double sum = 0;
    try (ExecutionResult result = engine.execute(root, query.sql())) {
      Optional<Block> page;
      while ((page = result.nextPage(5000)).isPresent()) {
        Block block = page.get();
        rows += block.rowCount();
        for (Column column : block.columns()) {
          for (int r = 0; r < block.rowCount(); r++) {
            if (!column.isNull(r)) {
              sum += column.type() == DataType.INT64 ? column.longs()[r] : column.doubles()[r];
            }
          }
        }
      }
    }
    double millis = (System.nanoTime() - started) / 1e6;
    double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
    if (rows != query.rows() || Math.abs(sum - query.sum()) > 1e-6 * Math.max(1, Math.abs(query.sum()))) {
      throw new IllegalStateException(query.name() + " MISMATCH: " + rows + " rows, sum " + sum + "; expected "
          + query.rows() + " rows, sum " + query.sum());
    }
    return new double[] {millis, cpuMillis};
  }

  private static void wipe(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
