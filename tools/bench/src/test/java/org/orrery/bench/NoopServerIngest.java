package org.orrery.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.orrery.client.Session;
import org.orrery.client.Tablet;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.QueryEngine;
import org.orrery.engine.query.SessionContext;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;
import org.orrery.rpc.testing.FakeUserService;

/**
 * A measurement, not a test: the bench's ingest loop (random walks, one tablet per device per
 * batch) through the real client and the real RPC server whose engine accepts and drops every
 * insert, so only the client, the protocol and the server's network path are measured. Prints
 * wall-clock points/s and CPU nanoseconds per point of the client thread and of the whole process
 * (client + server threads); CPU time is what to compare on a shared machine.
 *
 * <pre>
 * args: boxed|typed [rows per device, default 300000] [repetitions, default 3]
 *   boxed = Tablet.addRow(time, Object...), typed = Tablet.setTime + setDouble
 * </pre>
 */
public final class NoopServerIngest {
  private static final int DEVICES = 10;
  private static final int SENSORS = 10;
  private static final int BATCH = 10_000;

  private NoopServerIngest() {}

  public static void main(String[] args) {
    boolean typed = args.length > 0 && args[0].equals("typed");
    long rows = args.length > 1 ? Long.parseLong(args[1]) : 300_000L;
    int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    RpcServer server = new RpcServer(RpcServerConfig.defaults().withPort(0), new DroppingEngine(), new FakeUserService());
    server.start();
    try {
      for (int rep = 0; rep < repetitions; rep++) {
        run(server.port(), typed, rows, rep);
      }
    } finally {
      server.close();
    }
  }

  private static void run(int port, boolean typed, long rows, int rep) {
    BenchOptions options = BenchOptions.parse("--devices", "" + DEVICES, "--sensors", "" + SENSORS);
    List<DataType> types = Collections.nCopies(SENSORS, DataType.DOUBLE);
    RandomWalk[] walks = new RandomWalk[DEVICES];
    Tablet[] tablets = new Tablet[DEVICES];
    for (int d = 0; d < DEVICES; d++) {
      walks[d] = new RandomWalk(options.seed, d, SENSORS, options.step, options.decimals);
      tablets[d] = new Tablet(options.devicePath(d), options.sensorNames(), types, BATCH);
    }
    Object[] row = new Object[SENSORS];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (Session session = Session.builder().port(port).build()) {
      session.open();
      long threadCpu = threads.getCurrentThreadCpuTime();
      long processCpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      for (long first = 0; first < rows; first += BATCH) {
        for (int d = 0; d < DEVICES; d++) {
          Tablet tablet = tablets[d];
          tablet.reset();
          for (int r = 0; r < BATCH; r++) {
            long time = options.startMs + (first + r) * options.intervalMs;
            if (typed) {
              tablet.setTime(r, time);
              for (int s = 0; s < SENSORS; s++) {
                tablet.setDouble(r, s, walks[d].next(s));
              }
            } else {
              for (int s = 0; s < SENSORS; s++) {
                row[s] = walks[d].next(s);
              }
              tablet.addRow(time, row);
            }
          }
          session.insertTablet(tablet);
        }
      }
      double points = (double) DEVICES * SENSORS * rows;
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT,
          "%s rep %d: %.2f M points/s wall; CPU per point: client thread %.1f ns, whole process %.1f ns%n",
          typed ? "typed" : "boxed", rep, points / seconds / 1e6,
          (threads.getCurrentThreadCpuTime() - threadCpu) / points, (os.getProcessCpuTime() - processCpu) / points);
    }
  }

  /** Accepts every insert and keeps nothing. */
  private static final class DroppingEngine implements QueryEngine {
    @Override
    public ExecutionResult execute(SessionContext session, String sql) {
      throw new UnsupportedOperationException("the no-op engine runs no statements: " + sql);
    }

    @Override
    public InsertOutcome insert(SessionContext session, List<InsertTablet> tablets) {
      long values = 0;
      for (InsertTablet tablet : tablets) {
        values += (long) tablet.rowCount() * tablet.columns().size();
      }
      return new InsertOutcome(values, List.of());
    }
  }
}
