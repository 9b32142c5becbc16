package org.orrery.udf.api.testing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.column.ColumnBatch;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.Type;

/**
 * Input rows for unit tests of UDFs: a time column and one {@link Column} per input series, from
 * which a test takes {@link Row}s, {@link RowWindow}s and {@link ColumnBatch}es to pass to the
 * function under test. The server has its own implementations; this one exists so that plugin
 * tests need no server.
 *
 * <pre>{@code
 * InputTable table = new InputTable(new long[] {1, 2, 3},
 *     Column.ofDoubles(new double[] {1.5, 2.5, 4.0}, null));
 * for (Row row : table.rows()) {
 *   udtf.transform(row, collector);
 * }
 * }</pre>
 */
public final class InputTable {
  private final long[] times;
  private final Column[] columns;

  /**
   * @param times the time of each row, strictly increasing
   * @param columns one column per input series, each as long as {@code times}
   * @throws IllegalArgumentException when times do not increase or a column's length differs
   */
  public InputTable(long[] times, Column... columns) {
    this.times = times.clone();
    this.columns = columns.clone();
    for (int i = 1; i < this.times.length; i++) {
      if (this.times[i] <= this.times[i - 1]) {
        throw new IllegalArgumentException(
            "row times must strictly increase, but row " + i + " has time " + this.times[i]
                + " after " + this.times[i - 1]);
      }
    }
    for (int c = 0; c < this.columns.length; c++) {
      Objects.requireNonNull(this.columns[c], "column");
      if (this.columns[c].getPositionCount() != this.times.length) {
        throw new IllegalArgumentException(
            "column " + c + " has " + this.columns[c].getPositionCount()
                + " positions but there are " + this.times.length + " rows");
      }
    }
  }

  /** Number of rows. */
  public int size() {
    return times.length;
  }

  /** The row at {@code index}, as a fresh object that stays valid. */
  public Row row(int index) {
    Objects.checkIndex(index, times.length);
    return new TableRow(index);
  }

  /** All rows in time order. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>(times.length);
    for (int i = 0; i < times.length; i++) {
      rows.add(new TableRow(i));
    }
    return rows;
  }

  /**
   * A window over rows {@code [fromRow, toRow)} with the given bounds, as a time window would
   * report them.
   *
   * @throws IndexOutOfBoundsException when the row range is outside the table
   */
  public RowWindow window(int fromRow, int toRow, long startTime, long endTime) {
    Objects.checkFromToIndex(fromRow, toRow, times.length);
    return new TableWindow(this, fromRow, toRow, startTime, endTime);
  }

  /**
   * A window over rows {@code [fromRow, toRow)} bounded by its rows, as size, session and state
   * windows report it: from the first row's time to the last row's time plus one.
   *
   * @throws IllegalArgumentException when the range is empty, since it then has no bounds
   */
  public RowWindow window(int fromRow, int toRow) {
    if (fromRow >= toRow) {
      throw new IllegalArgumentException("an empty window needs explicit start and end times");
    }
    return window(fromRow, toRow, times[fromRow], times[toRow - 1] + 1);
  }

  /** All rows as one UDAF input batch, every row selected. */
  public ColumnBatch asBatch() {
    return new ColumnBatch(times, columns);
  }

  /** All rows as one UDAF input batch in which only the {@code selected} rows count. */
  public ColumnBatch asBatch(BitSet selected) {
    return new ColumnBatch(times, columns, selected);
  }

  long time(int row) {
    return times[row];
  }

  Type type(int column) {
    return columns[column].getDataType();
  }

  private final class TableRow implements Row {
    private final int index;

    TableRow(int index) {
      this.index = index;
    }

    @Override
    public long getTime() {
      return times[index];
    }

    @Override
    public int size() {
      return columns.length;
    }

    @Override
    public Type getDataType(int columnIndex) {
      return columns[columnIndex].getDataType();
    }

    @Override
    public boolean isNull(int columnIndex) {
      return columns[columnIndex].isNull(index);
    }

    @Override
    public boolean getBoolean(int columnIndex) {
      return columns[columnIndex].getBoolean(index);
    }

    @Override
    public int getInt(int columnIndex) {
      return columns[columnIndex].getInt(index);
    }

    @Override
    public long getLong(int columnIndex) {
      return columns[columnIndex].getLong(index);
    }

    @Override
    public float getFloat(int columnIndex) {
      return columns[columnIndex].getFloat(index);
    }

    @Override
    public double getDouble(int columnIndex) {
      return columns[columnIndex].getDouble(index);
    }

    @Override
    public Binary getBinary(int columnIndex) {
      return columns[columnIndex].getBinary(index);
    }

    @Override
    public String toString() {
      return "row " + index + " at time " + times[index];
    }
  }
}
