package org.orrery.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * A query engine for driver tests: statements answer from a script (exact SQL text → table of
 * rows); statements starting with {@code FAIL} raise a syntax error; anything else is OK. Every
 * statement text is recorded, so tests can check what the driver sent.
 */
final class ScriptedEngine implements QueryEngine {
  /** A scripted result; each row is {@code [time, v1, v2, ...]} when timed, else {@code [v1, ...]}. */
  record Table(boolean timed, List<ResultColumn> columns, List<Object[]> rows) {}

  final List<String> statements = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Table> script = new ConcurrentHashMap<>();

  ScriptedEngine answer(String sql, Table table) {
    script.put(sql, table);
    return this;
  }

  @Override
  public ExecutionResult execute(SessionContext session, String sql) {
    statements.add(sql);
    if (sql.startsWith("FAIL")) {
      throw new OrreryException(ErrorCode.SYNTAX_ERROR, "line 1:0 mismatched input 'FAIL'");
    }
    Table table = script.get(sql);
    return table == null ? new Message() : new Rows(table);
  }

  @Override
  public InsertOutcome insert(SessionContext session, List<InsertTablet> tablets) {
    return new InsertOutcome(0, List.of());
  }

  private static final class Message implements ExecutionResult {
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
      return "OK";
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {}
  }

  /** Pages of a scripted table, built as columnar blocks the way the real engine hands them over. */
  private static final class Rows implements ExecutionResult {
    private final Table table;
    private int next;
    private volatile boolean cancelled;

    Rows(Table table) {
      this.table = table;
    }

    @Override
    public boolean hasRows() {
      return true;
    }

    @Override
    public boolean hasTimeColumn() {
      return table.timed();
    }

    @Override
    public List<ResultColumn> columns() {
      return table.columns();
    }

    @Override
    public Optional<Block> nextPage(int maxRows) {
      if (cancelled) {
        throw new OrreryException(ErrorCode.QUERY_CANCELLED, "query cancelled");
      }
      int count = Math.min(maxRows, table.rows().size() - next);
      if (count <= 0) {
        return Optional.empty();
      }
      int offset = table.timed() ? 1 : 0;
      long[] times = table.timed() ? new long[count] : null;
      List<Column> columns = new ArrayList<>();
      for (int c = 0; c < table.columns().size(); c++) {
        DataType type = table.columns().get(c).type();
        Object values = Column.newArray(type, count);
        boolean[] nulls = new boolean[count];
        for (int r = 0; r < count; r++) {
          Object value = table.rows().get(next + r)[c + offset];
          if (value == null) {
            nulls[r] = true;
          } else {
            store(values, type, r, value);
          }
        }
        columns.add(new Column(type, values, nulls, count));
      }
      if (times != null) {
        for (int r = 0; r < count; r++) {
          times[r] = (Long) table.rows().get(next + r)[0];
        }
      }
      next += count;
      return Optional.of(new Block(times, columns, count));
    }

    private static void store(Object array, DataType type, int row, Object value) {
      switch (type) {
        case BOOLEAN -> ((boolean[]) array)[row] = (Boolean) value;
        case INT32, DATE -> ((int[]) array)[row] = (Integer) value;
        case INT64, TIMESTAMP -> ((long[]) array)[row] = (Long) value;
        case FLOAT -> ((float[]) array)[row] = (Float) value;
        case DOUBLE -> ((double[]) array)[row] = (Double) value;
        default -> ((byte[][]) array)[row] = value instanceof String
            ? ((String) value).getBytes(StandardCharsets.UTF_8) : (byte[]) value;
      }
    }

    @Override
    public String message() {
      return "";
    }

    @Override
    public void cancel() {
      cancelled = true;
    }

    @Override
    public void close() {}
  }
}
