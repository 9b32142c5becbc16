package org.orrery.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.orrery.client.ClientException;
import org.orrery.client.InsertPipeline;
import org.orrery.client.Session;
import org.orrery.client.Tablet;
import org.orrery.common.type.DataType;

/**
 * The ingest phase: drops and recreates the database with explicitly created DOUBLE series, then
 * writes the random walks in time order, each batch of rows as one tablet per device, with the
 * devices split round-robin over concurrent client sessions. Each session sends its tablets
 * through an {@link InsertPipeline} with {@code --pipeline} requests in flight (default 8; 0 waits
 * for each answer), so the next tablet is generated while the server writes the previous ones.
 * Wall time includes generating the data, as in the peer benchmark, and ends when every insert
 * is acknowledged.
 */
final class Ingestor {
  /** What an ingest measured. */
  record Result(long points, long wallNanos, LatencyStats insertCalls) {
    double pointsPerSecond() {
      return points / (wallNanos / 1e9);
    }
  }

  private final BenchOptions options;
  private final SessionSource sessions;
  private final PrintStream out;

  Ingestor(BenchOptions options, SessionSource sessions, PrintStream out) {
    this.options = options;
    this.sessions = sessions;
    this.out = out;
  }

  Result run() throws Exception {
    out.printf(Locale.ROOT,
        "ingest: %d devices x %d DOUBLE sensors x %,d rows/device = %,d points; batch %,d rows/tablet; %d client(s); %s; %s/%s; %s%n",
        options.devices, options.sensors, options.rows, options.points(), options.batch, options.clients,
        options.aligned ? "aligned" : "non-aligned", options.encoding, options.compressor,
        options.pipeline > 0
            ? "pipelined inserts, up to " + options.pipeline + " requests in flight per client (--pipeline)"
            : "one insert request at a time (--pipeline 0)");
    try (Session admin = sessions.open()) {
      recreateSchema(admin);
    }
    int clients = Math.min(options.clients, options.devices);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    ServerCpu serverCpu = new ServerCpu(options.serverPidFile);
    OptionalDouble cpuBefore = serverCpu.seconds();
    long start = System.nanoTime();
    try {
      List<Future<long[]>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        workers.add(pool.submit(() -> ingest(client, clients)));
      }
      for (Future<long[]> worker : workers) {
        for (long latency : worker.get()) {
          latencies.add(latency);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    long wall = System.nanoTime() - start;
    long[] samples = latencies.stream().mapToLong(Long::longValue).toArray();
    Result result = new Result(options.points(), wall, new LatencyStats(samples));
    out.printf(Locale.ROOT,
        "  ingest done: %,d points in %.2f s -> %,d points/s; %,d insertTablet calls, median %.2f ms, p99 %.2f ms"
            + (options.pipeline > 0 ? " (time to send, incl. waiting for room in the pipeline)" : "") + "%n",
        result.points(), wall / 1e9, Math.round(result.pointsPerSecond()), samples.length,
        LatencyStats.millis(result.insertCalls().median()), LatencyStats.millis(result.insertCalls().percentile(0.99)));
    OptionalDouble cpuAfter = serverCpu.seconds();
    if (cpuBefore.isPresent() && cpuAfter.isPresent()) {
      double seconds = cpuAfter.getAsDouble() - cpuBefore.getAsDouble();
      out.printf(Locale.ROOT, "  CPU: server %.2f s = %.3f us/point%n", seconds, seconds * 1e6 / result.points());
    }
    return result;
  }

  private void recreateSchema(Session admin) {
    try {
      admin.executeNonQuery("DROP DATABASE " + options.database);
      out.println("  dropped existing " + options.database);
    } catch (ClientException e) {
      // absent on a fresh server; any other problem shows up when the database is created
    }
    admin.executeNonQuery("CREATE DATABASE " + options.database);
    for (int d = 0; d < options.devices; d++) {
      if (options.aligned) {
        StringBuilder sql = new StringBuilder("CREATE ALIGNED TIMESERIES ").append(options.devicePath(d)).append('(');
        for (int s = 0; s < options.sensors; s++) {
          sql.append(s == 0 ? "" : ", ").append('s').append(s).append(" DOUBLE ENCODING=").append(options.encoding)
              .append(" COMPRESSOR=").append(options.compressor);
        }
        admin.executeNonQuery(sql.append(')').toString());
      } else {
        for (int s = 0; s < options.sensors; s++) {
          admin.executeNonQuery("CREATE TIMESERIES " + options.devicePath(d) + ".s" + s
              + " WITH DATATYPE=DOUBLE, ENCODING=" + options.encoding + ", COMPRESSOR=" + options.compressor);
        }
      }
    }
  }

  /** One client's share: devices client, client + clients, ...; returns its call latencies. */
  private long[] ingest(int client, int clients) {
    List<Integer> devices = new ArrayList<>();
    for (int d = client; d < options.devices; d += clients) {
      devices.add(d);
    }
    List<DataType> types = Collections.nCopies(options.sensors, DataType.DOUBLE);
    RandomWalk[] walks = new RandomWalk[devices.size()];
    Tablet[] tablets = new Tablet[devices.size()];
    for (int i = 0; i < devices.size(); i++) {
      walks[i] = new RandomWalk(options.seed, devices.get(i), options.sensors, options.step, options.decimals);
      tablets[i] = new Tablet(options.devicePath(devices.get(i)), options.sensorNames(), types, options.batch)
          .aligned(options.aligned);
    }
    long batches = QueryPlan.ceilDiv(options.rows, options.batch);
    long[] latencies = new long[(int) Math.min(Integer.MAX_VALUE - 8, batches * devices.size())];
    int recorded = 0;
    try (Session session = sessions.open();
        InsertPipeline pipeline = options.pipeline > 0 ? session.insertPipeline(options.pipeline) : null) {
      for (long b = 0; b < batches; b++) {
        long firstRow = b * options.batch;
        int count = (int) Math.min(options.batch, options.rows - firstRow);
        for (int i = 0; i < devices.size(); i++) {
          Tablet tablet = tablets[i];
          tablet.reset();
          for (int r = 0; r < count; r++) {
            // typed setters: no boxing of the 100 M values of a default run
            tablet.setTime(r, options.startMs + (firstRow + r) * options.intervalMs);
            for (int s = 0; s < options.sensors; s++) {
              tablet.setDouble(r, s, walks[i].next(s));
            }
          }
          long callStart = System.nanoTime();
          if (pipeline != null) {
            // the tablet is encoded and sent before this returns, so it can be refilled at once
            pipeline.insertTablet(tablet);
          } else {
            session.insertTablet(tablet);
          }
          if (recorded < latencies.length) {
            latencies[recorded++] = System.nanoTime() - callStart;
          }
        }
      }
    }
    return java.util.Arrays.copyOf(latencies, recorded);
  }
}
