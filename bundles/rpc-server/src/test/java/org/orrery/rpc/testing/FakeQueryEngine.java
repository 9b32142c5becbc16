package org.orrery.rpc.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.QueryEngine;
import org.orrery.engine.query.ResultColumn;
import org.orrery.engine.query.SessionContext;

/**
 * A scripted QueryEngine for protocol tests. Statements (case-insensitive):
 *
 * <ul>
 *   <li>{@code SELECT ROWS n}: n rows with time {@code i*1000}, {@code root.sg.d1.s1} INT64 = i and
 *       {@code root.sg.d1.s2} TEXT = "v" + i (null when i % 10 == 0), in engine blocks of at most
 *       1000 rows;
 *   <li>{@code SHOW THINGS}: three rows without a time column, one STRING column {@code Thing};
 *   <li>{@code SLOW}: one row, then the next page blocks until the query is cancelled;
 *   <li>{@code FAIL}: a SYNTAX_ERROR; {@code BUG}: an unexpected IllegalStateException;
 *   <li>anything else: no rows, message {@code OK}.
 * </ul>
 *
 * Inserts are recorded (each call's tablet count too); a measurement named {@code bad} is rejected
 * with TYPE_MISMATCH. {@link #insertGate} holds insert calls back, e.g. to let pipelined requests
 * queue up behind one.
 */
public final class FakeQueryEngine implements QueryEngine {
  public static final int ENGINE_BLOCK_ROWS = 1000;

  public final AtomicInteger executions = new AtomicInteger();
  public final AtomicInteger closedResults = new AtomicInteger();
  public final AtomicInteger cancelledResults = new AtomicInteger();
  /** Rows handed out by {@code SELECT ROWS n} results so far. */
  public final AtomicLong rowsProduced = new AtomicLong();
  public final List<SessionContext> sessions = Collections.synchronizedList(new ArrayList<>());
  public final List<String> statements = Collections.synchronizedList(new ArrayList<>());
  public final List<InsertTablet> inserted = Collections.synchronizedList(new ArrayList<>());
  /** The number of tablets of each insert call, in call order. */
  public final List<Integer> insertCalls = Collections.synchronizedList(new ArrayList<>());
  /** Counted down when an insert call starts. */
  public volatile CountDownLatch insertStarted = new CountDownLatch(1);
  /** When set, every insert call waits for it to open before recording its tablets. */
  public volatile CountDownLatch insertGate;

  @Override
  public ExecutionResult execute(SessionContext session, String sql) {
    executions.incrementAndGet();
    sessions.add(session);
    statements.add(sql);
    String text = sql.trim().toUpperCase(Locale.ROOT);
    if (text.startsWith("SELECT ROWS ")) {
      return new RowsResult(Long.parseLong(text.substring("SELECT ROWS ".length()).trim()));
    }
    switch (text) {
      case "SHOW THINGS":
        return new ThingsResult();
      case "SLOW":
        return new SlowResult();
      case "FAIL":
        throw new OrreryException(ErrorCode.SYNTAX_ERROR, "line 1:0 mismatched input 'FAIL'");
      case "BUG":
        throw new IllegalStateException("secret internal detail");
      default:
        return new MessageResult("OK");
    }
  }

  @Override
  public InsertOutcome insert(SessionContext session, List<InsertTablet> tablets) {
    insertStarted.countDown();
    CountDownLatch gate = insertGate;
    if (gate != null) {
      try {
        if (!gate.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("insert gate never opened");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted at the insert gate", e);
      }
    }
    insertCalls.add(tablets.size());
    sessions.add(session);
    long written = 0;
    List<OrreryException> rejected = new ArrayList<>();
    for (InsertTablet tablet : tablets) {
      inserted.add(tablet);
      for (int c = 0; c < tablet.measurements().size(); c++) {
        if (tablet.measurements().get(c).equals("bad")) {
          rejected.add(new OrreryException(
              ErrorCode.TYPE_MISMATCH, "series " + tablet.device() + ".bad is INT32, the value is " + tablet.columns().get(c).type()));
        } else {
          for (int r = 0; r < tablet.rowCount(); r++) {
            written += tablet.columns().get(c).isNull(r) ? 0 : 1;
          }
        }
      }
    }
    return new InsertOutcome(written, rejected);
  }

  private abstract class BaseResult implements ExecutionResult {
    private boolean closed;

    @Override
    public String message() {
      return "";
    }

    @Override
    public void cancel() {
      cancelledResults.incrementAndGet();
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        closedResults.incrementAndGet();
      }
    }
  }

  private final class MessageResult extends BaseResult {
    private final String message;

    MessageResult(String message) {
      this.message = message;
    }

    @Override
    public boolean hasRows() {
      return false;
    }

    @Override
    public boolean hasTimeColumn() {
      return false;
    }

    @Override
    public List<ResultColumn> columns() {
      return List.of();
    }

    @Override
    public Optional<Block> nextPage(int maxRows) {
      return Optional.empty();
    }

    @Override
    public String message() {
      return message;
    }
  }

  private final class RowsResult extends BaseResult {
    private final long total;
    private long next;

    RowsResult(long total) {
      this.total = total;
    }

    @Override
    public boolean hasRows() {
      return true;
    }

    @Override
    public boolean hasTimeColumn() {
      return true;
    }

    @Override
    public List<ResultColumn> columns() {
      return List.of(new ResultColumn("root.sg.d1.s1", DataType.INT64), new ResultColumn("root.sg.d1.s2", DataType.TEXT));
    }

    @Override
    public Optional<Block> nextPage(int maxRows) {
      int rows = (int) Math.min(Math.min(maxRows, ENGINE_BLOCK_ROWS), total - next);
      if (rows <= 0) {
        return Optional.empty();
      }
      long[] times = new long[rows];
      long[] s1 = new long[rows];
      byte[][] s2 = new byte[rows][];
      for (int r = 0; r < rows; r++) {
        long i = next + r;
        times[r] = i * 1000;
        s1[r] = i;
        s2[r] = i % 10 == 0 ? null : ("v" + i).getBytes(StandardCharsets.UTF_8);
      }
      next += rows;
      rowsProduced.addAndGet(rows);
      return Optional.of(new Block(times, List.of(
          new Column(DataType.INT64, s1, null, rows), new Column(DataType.TEXT, s2, null, rows)), rows));
    }
  }

  private final class ThingsResult extends BaseResult {
    private boolean sent;

    @Override
    public boolean hasRows() {
      return true;
    }

    @Override
    public boolean hasTimeColumn() {
      return false;
    }

    @Override
    public List<ResultColumn> columns() {
      return List.of(new ResultColumn("Thing", DataType.STRING));
    }

    @Override
    public Optional<Block> nextPage(int maxRows) {
      if (sent) {
        return Optional.empty();
      }
      sent = true;
      byte[][] names = {"a".getBytes(StandardCharsets.UTF_8), "b c".getBytes(StandardCharsets.UTF_8), "d#e".getBytes(StandardCharsets.UTF_8)};
      return Optional.of(new Block(null, List.of(new Column(DataType.STRING, names, null, 3)), 3));
    }
  }

  private final class SlowResult extends BaseResult {
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private boolean first = true;

    @Override
    public boolean hasRows() {
      return true;
    }

    @Override
    public boolean hasTimeColumn() {
      return true;
    }

    @Override
    public List<ResultColumn> columns() {
      return List.of(new ResultColumn("root.sg.d1.s1", DataType.INT64));
    }

    @Override
    public Optional<Block> nextPage(int maxRows) {
      if (first) {
        first = false;
        return Optional.of(new Block(new long[] {1}, List.of(new Column(DataType.INT64, new long[] {1}, null, 1)), 1));
      }
      try {
        if (!cancelled.await(60, TimeUnit.SECONDS)) {
          throw new OrreryException(ErrorCode.QUERY_TIMEOUT, "slow query timed out");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new OrreryException(ErrorCode.QUERY_CANCELLED, "query was cancelled");
    }

    @Override
    public void cancel() {
      super.cancel();
      cancelled.countDown();
    }

    @Override
    public synchronized void close() {
      cancelled.countDown();
      super.close();
    }
  }
}
