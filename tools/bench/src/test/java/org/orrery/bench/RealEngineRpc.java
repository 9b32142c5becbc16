package org.orrery.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.block.Block;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.QueryEngine;
import org.orrery.engine.query.ResultColumn;
import org.orrery.engine.query.SessionContext;
import org.orrery.functions.BuiltinFunctions;
import org.orrery.query.QueryConfig;
import org.orrery.query.QueryEngineCore;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;
import org.orrery.rpc.testing.FakeUserService;
import org.orrery.schema.FileSchemaEngine;
import org.orrery.schema.SchemaConfig;
import org.orrery.storage.LsmStorageEngine;
import org.orrery.storage.StorageConfig;
import org.orrery.storage.WalMode;

/**
 * A measurement, not a test: the real engine (schema, storage, query) in this process behind a
 * real {@link RpcServer}, driven by the bench itself ({@link Main}), to see what the RPC costs.
 *
 * <ol>
 *   <li>ingest: {@code orrery-bench ingest} against the server, printing the CPU seconds of each
 *       thread group (client, RPC workers, Netty, storage) per point;
 *   <li>flush;
 *   <li>queries: Q1–Q4, each run alternately in-process ({@code engine.execute} + {@code
 *       nextPage(fetch size)} + close) and through the client, so background work (compaction)
 *       weighs on both alike; prints both medians and their difference, i.e. what the RPC adds.
 * </ol>
 *
 * <pre>
 * args: dir rows-per-device wal(sync|async) pipeline-window runs [queries, e.g. Q1,Q3; default all]
 * </pre>
 */
public final class RealEngineRpc {
  private RealEngineRpc() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/orrery-real-engine-rpc");
    String rows = args.length > 1 ? args[1] : "1m";
    WalMode wal = args.length > 2 && args[2].equals("async") ? WalMode.ASYNC : WalMode.SYNC;
    String window = args.length > 3 ? args[3] : "8";
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 15;
    List<String> only = args.length > 5 ? List.of(args[5].split(",")) : List.of("Q1", "Q2", "Q3", "Q4");
    wipe(dir);
    FileSchemaEngine schema = new FileSchemaEngine(SchemaConfig.defaults(), dir.resolve("schema"));
    LsmStorageEngine storage = new LsmStorageEngine(StorageConfig.defaults().withWalMode(wal),
        dir.resolve("data"), SimpleCodecRegistry.fromServiceLoader(RealEngineRpc.class.getClassLoader()));
    FunctionRegistry functions = new FunctionRegistry();
    BuiltinFunctions.scalars().forEach(functions::registerScalar);
    BuiltinFunctions.aggregates().forEach(functions::registerAggregate);
    QueryEngineCore engine = new QueryEngineCore(QueryConfig.DEFAULT, schema, storage, null, functions);
    TimedEngine timed = new TimedEngine(engine);
    RpcServer server = new RpcServer(RpcServerConfig.defaults().withPort(0), timed, new FakeUserService());
    server.start();
    try {
      String port = String.valueOf(server.port());
      System.out.println("WAL " + wal + ", pipeline window " + window + ", rows/device " + rows);
      Map<String, Long> before = cpuByGroup();
      Map<String, Long> userBefore = userByGroup();
      int exit = Main.run(new String[] {"ingest", "--port", port, "--rows", rows, "--pipeline", window},
          System.out, System.err);
      Map<String, Long> after = cpuByGroup();
      Map<String, Long> userAfter = userByGroup();
      BenchOptions options = BenchOptions.parse("--rows", rows);
      System.out.println("  CPU per point by thread group (ns: all, of which user), threads alive at the end:");
      for (Map.Entry<String, Long> group : after.entrySet()) {
        long spent = group.getValue() - before.getOrDefault(group.getKey(), 0L);
        long user = userAfter.getOrDefault(group.getKey(), 0L) - userBefore.getOrDefault(group.getKey(), 0L);
        System.out.printf(Locale.ROOT, "    %-28s %7.1f %7.1f%n", group.getKey(), (double) spent / options.points(),
            (double) user / options.points());
      }
      if (exit != 0) {
        return;
      }
      storage.flush(null);
      awaitQuietStorage();
      compareQueries(engine, timed, options, port, runs, only);
    } finally {
      server.close();
      storage.close();
    }
  }

  private static void compareQueries(QueryEngineCore engine, TimedEngine timed, BenchOptions options, String port, int runs,
      List<String> only) {
    SessionContext root = new SessionContext("root", ZoneOffset.UTC, 0);
    SessionSource sessions = new SessionSource(BenchOptions.parse("--port", port));
    try (var session = sessions.open()) {
      for (BenchQuery query : QueryPlan.queries(options)) {
        if (!only.contains(query.name())) {
          continue;
        }
        long[] local = new long[runs];
        long[] remote = new long[runs];
        long[] serverEngine = new long[runs];
        long[] localCpu = new long[runs];
        long[] remoteCpu = new long[runs];
        Map<String, Long> remoteByGroup = new TreeMap<>();
        Map<String, Long> remoteUserByGroup = new TreeMap<>();
        for (int i = -2; i < runs; i++) {
          long cpuStart = processCpu();
          long start = System.nanoTime();
          long localRows = readInProcess(engine, root, query.sql(), options.fetchSize);
          long middle = System.nanoTime();
          long cpuMiddle = processCpu();
          long localEnd = middle;
          timed.nanos.set(0);
          Map<String, Long> groupsBefore = i >= 0 ? cpuByGroup() : Map.of();
          Map<String, Long> userBefore = i >= 0 ? userByGroup() : Map.of();
          // the snapshots above are not part of the measured RPC run
          long cpuRemoteStart = processCpu();
          long remoteStart = System.nanoTime();
          long remoteRows = QueryRunner.read(session, query.sql()).rows();
          long end = System.nanoTime();
          long cpuEnd = processCpu();
          if (i >= 0) {
            addDifference(remoteByGroup, groupsBefore, cpuByGroup());
            addDifference(remoteUserByGroup, userBefore, userByGroup());
          }
          middle = remoteStart;
          if (localRows != remoteRows) {
            throw new IllegalStateException(query.name() + ": " + localRows + " rows in-process, " + remoteRows + " via RPC");
          }
          if (i >= 0) {
            local[i] = localEnd - start;
            remote[i] = end - middle;
            serverEngine[i] = timed.nanos.get();
            localCpu[i] = cpuMiddle - cpuStart;
            remoteCpu[i] = cpuEnd - cpuRemoteStart;
          }
        }
        Arrays.sort(local);
        Arrays.sort(remote);
        Arrays.sort(serverEngine);
        Arrays.sort(localCpu);
        Arrays.sort(remoteCpu);
        System.out.printf(Locale.ROOT,
            "  %s in-process median %8.3f ms (min %8.3f) | RPC median %8.3f ms (min %8.3f), of which in the engine %8.3f ms | RPC adds %7.3f ms%n",
            query.name(), local[runs / 2] / 1e6, local[0] / 1e6, remote[runs / 2] / 1e6, remote[0] / 1e6,
            serverEngine[runs / 2] / 1e6, (remote[runs / 2] - local[runs / 2]) / 1e6);
        System.out.printf(Locale.ROOT,
            "     process CPU per run (all threads, median): in-process %8.3f ms | RPC (client + server) %8.3f ms%n",
            localCpu[runs / 2] / 1e6, remoteCpu[runs / 2] / 1e6);
        System.out.println("     RPC runs, CPU per run by thread group (mean ms: all, of which user):");
        for (Map.Entry<String, Long> group : remoteByGroup.entrySet()) {
          if (group.getValue() > 0) {
            System.out.printf(Locale.ROOT, "       %-28s %7.3f %7.3f%n", group.getKey(), group.getValue() / 1e6 / runs,
                remoteUserByGroup.getOrDefault(group.getKey(), 0L) / 1e6 / runs);
          }
        }
      }
    }
  }

  private static long readInProcess(QueryEngineCore engine, SessionContext root, String sql, int fetchSize) {
    long rows = 0;
    try (ExecutionResult result = engine.execute(root, sql)) {
      for (Optional<Block> page = result.nextPage(fetchSize); page.isPresent(); page = result.nextPage(fetchSize)) {
        rows += page.get().rowCount();
        QueryRunner.sumOf(page.get());
      }
    }
    return rows;
  }

  /** Delegates to the engine, adding up the time spent in execute and nextPage. */
  private static final class TimedEngine implements QueryEngine {
    final AtomicLong nanos = new AtomicLong();
    private final QueryEngine engine;

    TimedEngine(QueryEngine engine) {
      this.engine = engine;
    }

    @Override
    public ExecutionResult execute(SessionContext session, String sql) {
      long start = System.nanoTime();
      ExecutionResult result = engine.execute(session, sql);
      nanos.addAndGet(System.nanoTime() - start);
      return new ExecutionResult() {
        @Override
        public boolean hasRows() {
          return result.hasRows();
        }

        @Override
        public boolean hasTimeColumn() {
          return result.hasTimeColumn();
        }

        @Override
        public List<ResultColumn> columns() {
          return result.columns();
        }

        @Override
        public Optional<Block> nextPage(int maxRows) {
          long begin = System.nanoTime();
          try {
            return result.nextPage(maxRows);
          } finally {
            nanos.addAndGet(System.nanoTime() - begin);
          }
        }

        @Override
        public String message() {
          return result.message();
        }

        @Override
        public void cancel() {
          result.cancel();
        }

        @Override
        public void close() {
          result.close();
        }
      };
    }

    @Override
    public InsertOutcome insert(SessionContext session, List<InsertTablet> tablets) {
      return engine.insert(session, tablets);
    }
  }

  /**
   * Waits until the storage threads (compaction after the ingest) used less than 50 ms of CPU in
   * the last second, so that the queries do not compete with them for the cores.
   */
  private static void awaitQuietStorage() throws InterruptedException {
    long start = System.nanoTime();
    long previous = storageCpu();
    while (true) {
      Thread.sleep(1000);
      long now = storageCpu();
      if (now - previous < 50_000_000L) {
        break;
      }
      previous = now;
    }
    System.out.printf(Locale.ROOT, "  waited %.1f s for the storage threads to go quiet%n", (System.nanoTime() - start) / 1e9);
  }

  private static long storageCpu() {
    long sum = 0;
    for (Map.Entry<String, Long> group : cpuByGroup().entrySet()) {
      if (group.getKey().startsWith("orrery-storage")) {
        sum += group.getValue();
      }
    }
    return sum;
  }

  /** CPU nanoseconds of every live thread (the process figure only has 10 ms resolution). */
  private static long processCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      long cpu = threads.getThreadCpuTime(id);
      if (cpu > 0) {
        sum += cpu;
      }
    }
    return sum;
  }

  /** CPU nanoseconds of the live threads, grouped by name with digits removed. */
  private static Map<String, Long> cpuByGroup() {
    return byGroup(false);
  }

  /** User-mode CPU nanoseconds of the live threads, grouped like {@link #cpuByGroup()}. */
  private static Map<String, Long> userByGroup() {
    return byGroup(true);
  }

  private static Map<String, Long> byGroup(boolean userOnly) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Long> groups = new TreeMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long cpu = userOnly ? threads.getThreadUserTime(info.getThreadId()) : threads.getThreadCpuTime(info.getThreadId());
      if (cpu > 0) {
        String group = info.getThreadName().replaceAll("[0-9]+", "N").replaceAll("orrery-client-reader-.*", "orrery-client-reader");
        groups.merge(group, cpu, Long::sum);
      }
    }
    return groups;
  }

  private static void addDifference(Map<String, Long> sums, Map<String, Long> before, Map<String, Long> after) {
    for (Map.Entry<String, Long> group : after.entrySet()) {
      sums.merge(group.getKey(), group.getValue() - before.getOrDefault(group.getKey(), 0L), Long::sum);
    }
  }

  private static void wipe(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
