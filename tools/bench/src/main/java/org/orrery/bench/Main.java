package org.orrery.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.orrery.client.ClientException;
import org.orrery.client.Session;

/**
 * {@code orrery-bench}: the IoTDB paper's workload against a running server: ingest, flush,
 * bytes per point, Q1–Q4 (see {@link BenchOptions#USAGE}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(BenchOptions.USAGE);
      return 2;
    }
    if (options.help) {
      out.print(BenchOptions.USAGE);
      return 0;
    }
    SessionSource sessions = new SessionSource(options);
    try {
      String version;
      try (Session session = sessions.open()) {
        version = session.serverVersion();
      }
      out.printf(Locale.ROOT, "server %s at %s:%d%n", version, options.host, options.port);
      boolean ok = true;
      BenchOptions.Mode mode = options.mode();
      if (mode == BenchOptions.Mode.ALL || mode == BenchOptions.Mode.INGEST) {
        new Ingestor(options, sessions, out).run();
      }
      if (mode == BenchOptions.Mode.ALL || mode == BenchOptions.Mode.SIZE) {
        flushAndMeasure(options, sessions, out);
      }
      if (mode == BenchOptions.Mode.ALL || mode == BenchOptions.Mode.QUERY) {
        List<QueryRunner.Result> results = new QueryRunner(options, sessions, out).run();
        ok = results.stream().allMatch(QueryRunner.Result::matched);
      }
      return ok ? 0 : 1;
    } catch (ClientException e) {
      err.println("error: " + e.code().code() + ": " + e.getMessage());
      return 1;
    } catch (Exception e) {
      err.println("error: " + e);
      return 1;
    }
  }

  private static void flushAndMeasure(BenchOptions options, SessionSource sessions, PrintStream out) throws IOException {
    long start = System.nanoTime();
    try (Session session = sessions.open()) {
      session.executeNonQuery("FLUSH");
    }
    out.printf(Locale.ROOT, "flush: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    if (options.dataDir == null) {
      out.println("size: skipped (give --data-dir <server data directory> to measure bytes per point)");
      return;
    }
    if (!Files.isDirectory(options.dataDir)) {
      out.println("size: skipped, no directory " + options.dataDir);
      return;
    }
    DiskUsage usage = DiskUsage.of(options.dataDir);
    long points = options.points();
    out.printf(Locale.ROOT, "size: %,d bytes in %d TsFiles = %.3f bytes/point (raw 16 B/point: %.2fx); %,d bytes under %s%n",
        usage.tsfileBytes(), usage.tsfileCount(), (double) usage.tsfileBytes() / points,
        16.0 * points / Math.max(1, usage.tsfileBytes()), usage.totalBytes(), options.dataDir);
  }
}
