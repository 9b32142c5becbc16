package org.orrery.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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

/** The text orrery:sql prints: IoTDB's CLI table, its messages and errors. */
class SqlOutputTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** 2017-11-01T00:00:00+08:00, the first timestamp of IoTDB's documentation examples. */
  private static final long NOV_1_2017 = 1_509_465_600_000L;

  /** A result that hands out its rows in pages, remembering whether it was closed. */
  static class FakeResult implements ExecutionResult {
    final boolean timed;
    final List<ResultColumn> columns;
    final long[] times;
    final List<Column> values;
    final int rows;
    int position;
    boolean closed;
    final List<Integer> requested = new ArrayList<>();

    FakeResult(boolean timed, List<ResultColumn> columns, long[] times, List<Column> values, int rows) {
      this.timed = timed;
      this.columns = columns;
      this.times = times;
      this.values = values;
      this.rows = rows;
    }

    @Override
    public boolean hasRows() {
      return true;
    }

    @Override
    public boolean hasTimeColumn() {
      return timed;
    }

    @Override
    public List<ResultColumn> columns() {
      return columns;
    }

    /** One row per page, so that the reader must page. */
    @Override
    public Optional<Block> nextPage(int maxRows) {
      requested.add(maxRows);
      if (position == rows) {
        return Optional.empty();
      }
      int row = position++;
      List<Column> page = new ArrayList<>();
      for (Column column : values) {
        page.add(single(column, row));
      }
      return Optional.of(new Block(timed ? new long[] {times[row]} : null, page, 1));
    }

    private static Column single(Column column, int row) {
      Object array = Column.newArray(column.type(), 1);
      if (!column.isNull(row)) {
        java.lang.reflect.Array.set(array, 0, java.lang.reflect.Array.get(column.values(), row));
      }
      return new Column(column.type(), array, new boolean[] {column.isNull(row)}, 1);
    }

    @Override
    public String message() {
      return "";
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {
      closed = true;
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void rawQueryPrintsIsoTimesFloatsAsThirtyTwoBitAndNulls() {
    FakeResult result = new FakeResult(true,
        List.of(new ResultColumn("root.sg.d1.s1", DataType.FLOAT), new ResultColumn("root.sg.d1.s2", DataType.DOUBLE),
            new ResultColumn("root.sg.d1.s3", DataType.TEXT)),
        new long[] {NOV_1_2017, NOV_1_2017 + 60_000},
        List.of(new Column(DataType.FLOAT, new float[] {2.22f, 0f}, new boolean[] {false, true}, 2),
            new Column(DataType.DOUBLE, new double[] {0.1 + 0.2, 1e20}, null, 2),
            new Column(DataType.TEXT, new byte[][] {utf8("ab"), null}, new boolean[] {false, true}, 2)),
        2);
    String expected = String.join("\n",
        "+-----------------------------+-------------+-------------------+-------------+",
        "|                         Time|root.sg.d1.s1|      root.sg.d1.s2|root.sg.d1.s3|",
        "+-----------------------------+-------------+-------------------+-------------+",
        "|2017-11-01T00:00:00.000+08:00|         2.22|0.30000000000000004|           ab|",
        "|2017-11-01T00:01:00.000+08:00|         null|             1.0E20|         null|",
        "+-----------------------------+-------------+-------------------+-------------+",
        "Total line number = 2", "");
    assertEquals(expected, ResultTable.render(result, new CellText(SHANGHAI), 100));
  }

  @Test
  void resultsWithoutTimeHaveNoTimeColumn() {
    FakeResult result = new FakeResult(false,
        List.of(new ResultColumn("count(root.sg.d1.s1)", DataType.INT64)), null,
        List.of(new Column(DataType.INT64, new long[] {12345}, null, 1)), 1);
    String expected = String.join("\n",
        "+--------------------+",
        "|count(root.sg.d1.s1)|",
        "+--------------------+",
        "|               12345|",
        "+--------------------+",
        "Total line number = 1", "");
    assertEquals(expected, ResultTable.render(result, new CellText(ZoneOffset.UTC), 100));
  }

  @Test
  void otherTypesPrintAsTheCliPrintsThem() {
    CellText text = new CellText(ZoneOffset.UTC);
    assertEquals("1970-01-01T00:00:00.001+00:00", text.time(1));
    assertEquals("2024-02-29", text.value(new Column(DataType.DATE, new int[] {20240229}, null, 1), 0));
    assertEquals("0x00ff1a", text.value(new Column(DataType.BLOB, new byte[][] {{0, (byte) 0xff, 0x1a}}, null, 1), 0));
    assertEquals("true", text.value(new Column(DataType.BOOLEAN, new boolean[] {true}, null, 1), 0));
    assertEquals("-7", text.value(new Column(DataType.INT32, new int[] {-7}, null, 1), 0));
    assertEquals("1970-01-01T00:00:01.000+00:00",
        text.value(new Column(DataType.TIMESTAMP, new long[] {1000}, null, 1), 0));
    // a 32-bit float keeps its own shortest digits, not those of its double widening
    assertEquals("0.1", text.value(new Column(DataType.FLOAT, new float[] {0.1f}, null, 1), 0));
  }

  @Test
  void aLongResultStopsAtMaxRowsAndSaysSo() {
    int rows = 5;
    long[] times = new long[rows];
    int[] values = new int[rows];
    for (int i = 0; i < rows; i++) {
      times[i] = i;
      values[i] = i * 10;
    }
    FakeResult result = new FakeResult(true, List.of(new ResultColumn("v", DataType.INT32)), times,
        List.of(new Column(DataType.INT32, values, null, rows)), rows);
    String text = ResultTable.render(result, new CellText(ZoneOffset.UTC), 2);
    assertTrue(text.contains("|1970-01-01T00:00:00.001+00:00|10|\n"), text);
    assertTrue(!text.contains("|20|"), text);
    assertTrue(text.contains("Total line number = 2\nOnly the first 2 rows are shown"), text);
    // it read one row past the limit to know that more followed, and no further
    assertEquals(3, result.position);
    // a result of exactly max rows is complete
    FakeResult exact = new FakeResult(true, List.of(new ResultColumn("v", DataType.INT32)), times,
        List.of(new Column(DataType.INT32, values, null, rows)), rows);
    String all = ResultTable.render(exact, new CellText(ZoneOffset.UTC), 5);
    assertTrue(all.endsWith("Total line number = 5\n"), all);
  }

  @Test
  void multiLineTextStaysOnOneRow() {
    FakeResult result = new FakeResult(false, List.of(new ResultColumn("t", DataType.TEXT)), null,
        List.of(new Column(DataType.TEXT, new byte[][] {utf8("a\nb\tc")}, null, 1)), 1);
    assertTrue(ResultTable.render(result, new CellText(ZoneOffset.UTC), 10).contains("|a\\nb\\tc|\n"));
  }

  /** An engine that answers one fixed result or error and records the session it was given. */
  static class FakeEngine implements QueryEngine {
    final ExecutionResult result;
    final OrreryException error;
    SessionContext session;
    String sql;

    FakeEngine(ExecutionResult result, OrreryException error) {
      this.result = result;
      this.error = error;
    }

    @Override
    public ExecutionResult execute(SessionContext session, String sql) {
      this.session = session;
      this.sql = sql;
      if (error != null) {
        throw error;
      }
      return result;
    }

    @Override
    public InsertOutcome insert(SessionContext session, List<InsertTablet> tablets) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void statementsRunAsRootInTheGivenZoneAndResultsAreClosed() {
    FakeResult result = new FakeResult(false, List.of(new ResultColumn("Database", DataType.TEXT)), null,
        List.of(new Column(DataType.TEXT, new byte[][] {utf8("root.sg")}, null, 1)), 1);
    FakeEngine engine = new FakeEngine(result, null);
    String text = SqlCommand.run(engine, "show databases", SHANGHAI, 10);
    assertEquals("root", engine.session.user());
    assertEquals(SHANGHAI, engine.session.zone());
    assertEquals("show databases", engine.sql);
    assertTrue(text.startsWith("+--------+\n|Database|\n+--------+\n| root.sg|\n+--------+\nTotal line number = 1\nIt costs "),
        text);
    assertTrue(result.closed);
  }

  @Test
  void statementsWithoutRowsPrintTheSuccessMessage() {
    ExecutionResult ok = new FakeResult(false, List.of(), null, List.of(), 0) {
      @Override
      public boolean hasRows() {
        return false;
      }

      @Override
      public String message() {
        return "OK";
      }
    };
    String text = SqlCommand.run(new FakeEngine(ok, null), "flush", ZoneOffset.UTC, 10);
    assertTrue(text.startsWith("Msg: The statement is executed successfully.\nIt costs "), text);
  }

  @Test
  void errorsPrintTheirCodeAndMessage() {
    FakeEngine engine = new FakeEngine(null,
        new OrreryException(ErrorCode.SEMANTIC_ERROR, "path root.sg.d1.nope does not exist"));
    assertEquals("301: path root.sg.d1.nope does not exist\n",
        SqlCommand.run(engine, "select nope from root.sg.d1", ZoneOffset.UTC, 10));
    FakeEngine broken = new FakeEngine(null, null) {
      @Override
      public ExecutionResult execute(SessionContext session, String sql) {
        throw new IllegalStateException("boom");
      }
    };
    assertEquals("900: the statement failed unexpectedly: boom\n",
        SqlCommand.run(broken, "select 1", ZoneOffset.UTC, 10));
    assertEquals("302: --max-rows must be at least 1, got 0\n",
        SqlCommand.run(engine, "show databases", ZoneOffset.UTC, 0));
  }
}
