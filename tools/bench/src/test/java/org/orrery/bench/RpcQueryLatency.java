package org.orrery.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orrery.client.Session;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.QueryEngine;
import org.orrery.engine.query.ResultColumn;
import org.orrery.engine.query.SessionContext;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;
import org.orrery.rpc.testing.FakeUserService;

/**
 * A measurement, not a test: what the RPC adds to a query. The real client and the real RPC
 * server run in this process against an engine whose results are ready in memory (it copies each
 * page out of prepared arrays, as a scan hands out fresh blocks), so the time measured is the
 * protocol's: hand-offs between threads, round trips, encoding and decoding. The result shapes
 * are the bench's: {@code one} = Q3 (one row, one INT64, no time column), {@code q1} = 86,400
 * rows of time + 1 DOUBLE, {@code q2} = 3,600 rows of time + 10 DOUBLEs, {@code q4} = 278 rows of
 * time + 1 INT64. Each query runs the way {@link QueryRunner#read} reads it (execute, every
 * block, close).
 *
 * <pre>
 * args: [runs, default 200] [fetch size, default 5000] [queries, default one,q1,q2,q4,one]
 * </pre>
 */
public final class RpcQueryLatency {
  /** Busy time of the caller between two queries (system property rpc.pause.micros, default 0). */
  private static final long PAUSE_MICROS = Long.getLong("rpc.pause.micros", 0);

  private RpcQueryLatency() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int fetchSize = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    RpcServer server = new RpcServer(RpcServerConfig.defaults().withPort(0), new PreparedEngine(), new FakeUserService());
    server.start();
    int readAhead = Integer.getInteger("rpc.readahead", 2);
    try (Session session =
        Session.builder().port(server.port()).fetchSize(fetchSize).readAheadPages(readAhead).build()) {
      session.open();
      String queries = args.length > 2 ? args[2] : "one,q1,q2,q4,one";
      for (String query : queries.split(",")) {
        long[] nanos = new long[runs];
        long rows = 0;
        for (int warm = 0; warm < Math.max(20, runs / 5); warm++) {
          QueryRunner.read(session, query);
        }
        for (int i = 0; i < runs; i++) {
          if (PAUSE_MICROS > 0) {
            // a gap between queries, as a client that does something else in between
            long until = System.nanoTime() + PAUSE_MICROS * 1000L;
            while (System.nanoTime() < until) {
              Thread.onSpinWait();
            }
          }
          long start = System.nanoTime();
          rows = QueryRunner.read(session, query).rows();
          nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "read-ahead %d %-4s rows=%-6d fetch %d: median %.3f ms, p90 %.3f ms, min %.3f ms%n",
            readAhead, query, rows, fetchSize, nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[0] / 1e6);
      }
    } finally {
      server.close();
    }
  }

  /** Serves the four prepared results; copies every page as a real engine would build it. */
  private static final class PreparedEngine implements QueryEngine {
    @Override
    public ExecutionResult execute(SessionContext session, String sql) {
      switch (sql) {
        case "one":
          return new Prepared(false, 1, 1, DataType.INT64);
        case "q1":
          return new Prepared(true, 86_400, 1, DataType.DOUBLE);
        case "q2":
          return new Prepared(true, 3_600, 10, DataType.DOUBLE);
        case "q4":
          return new Prepared(true, 278, 1, DataType.INT64);
        default:
          throw new IllegalArgumentException("unknown prepared query '" + sql + "'");
      }
    }

    @Override
    public InsertOutcome insert(SessionContext session, List<InsertTablet> tablets) {
      throw new UnsupportedOperationException("read-only engine");
    }
  }

  private static final class Prepared implements ExecutionResult {
    private final boolean hasTime;
    private final int rows;
    private final int columns;
    private final DataType type;
    private int next;

    Prepared(boolean hasTime, int rows, int columns, DataType type) {
      this.hasTime = hasTime;
      this.rows = rows;
      this.columns = columns;
      this.type = type;
    }

    @Override
    public boolean hasRows() {
      return true;
    }

    @Override
    public boolean hasTimeColumn() {
      return hasTime;
    }

    @Override
    public List<ResultColumn> columns() {
      List<ResultColumn> list = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        list.add(new ResultColumn("s" + c, type));
      }
      return list;
    }

    @Override
    public Optional<Block> nextPage(int maxRows) {
      if (next >= rows) {
        return Optional.empty();
      }
      int count = Math.min(maxRows, rows - next);
      long[] times = null;
      if (hasTime) {
        times = new long[count];
        for (int r = 0; r < count; r++) {
          times[r] = 1_704_067_200_000L + (next + r) * 1000L;
        }
      }
      List<Column> page = new ArrayList<>(columns);
      for (int c = 0; c < columns; c++) {
        if (type == DataType.DOUBLE) {
          double[] values = new double[count];
          for (int r = 0; r < count; r++) {
            values[r] = (next + r) * 0.5 + c;
          }
          page.add(new Column(type, values, null, count));
        } else {
          long[] values = new long[count];
          for (int r = 0; r < count; r++) {
            values[r] = next + r;
          }
          page.add(new Column(type, values, null, count));
        }
      }
      next += count;
      return Optional.of(new Block(times, page, count));
    }

    @Override
    public String message() {
      return "";
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {}
  }
}
