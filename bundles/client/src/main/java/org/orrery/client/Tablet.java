package org.orrery.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.orrery.client.internal.Values;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;
import org.orrery.protocol.message.WireTablet;

/**
 * Rows of one device collected column by column, the fast way to insert. Send it with
 * {@link Session#insertTablet}, then {@link #reset()} and reuse it. The capacity grows when more
 * rows are added. Not thread-safe.
 *
 * <p>Two ways to fill it:
 *
 * <ul>
 *   <li>{@link #addRow(long, Object...)} appends a whole row of boxed values (convenient);
 *   <li>{@link #setTime(int, long)} appends row {@code rowCount()} (or overwrites an earlier
 *       row's time), then the typed setters ({@link #setDouble}, {@link #setLong}, …) fill its
 *       columns without boxing (fast). A column of an appended row that no setter touches is
 *       null.
 * </ul>
 */
public final class Tablet {
  private final String device;
  private final List<String> measurements;
  private final List<DataType> types;
  /** The same types as an array: the typed setters check a column's type on every call. */
  private final DataType[] columnTypes;
  private boolean aligned;
  private long[] times;
  private Object[] values;
  /**
   * Per column, one bit per row (bit {@code r % 64} of word {@code r / 64}) set when the row has a
   * value. Appending a row therefore costs nothing per column, and a column whose bits are all
   * set travels without a null bitmap.
   */
  private long[][] present;
  private int rowCount;

  /**
   * @param device the device path, e.g. {@code root.sg.d1}
   * @param capacity the initial number of rows
   */
  public Tablet(String device, List<String> measurements, List<DataType> types, int capacity) {
    this.device = Objects.requireNonNull(device, "device");
    this.measurements = List.copyOf(measurements);
    this.types = List.copyOf(types);
    if (this.measurements.size() != this.types.size()) {
      throw new IllegalArgumentException(
          "tablet of " + device + " has " + this.measurements.size() + " measurements but "
              + this.types.size() + " types");
    }
    columnTypes = this.types.toArray(new DataType[0]);
    int initial = Math.max(1, capacity);
    times = new long[initial];
    values = new Object[columnTypes.length];
    present = new long[columnTypes.length][words(initial)];
    for (int c = 0; c < values.length; c++) {
      values[c] = Column.newArray(columnTypes[c], initial);
    }
  }

  /** Marks the device as aligned (all its measurements share one time column). */
  public Tablet aligned(boolean aligned) {
    this.aligned = aligned;
    return this;
  }

  public boolean isAligned() {
    return aligned;
  }

  public String device() {
    return device;
  }

  public List<String> measurements() {
    return measurements;
  }

  public List<DataType> types() {
    return types;
  }

  /**
   * Appends a row.
   *
   * @param values one per measurement, in order; {@code null} means no value
   * @throws ClientException ILLEGAL_ARGUMENT when the count or a value's class does not fit
   */
  public void addRow(long time, Object... values) {
    if (values.length != columnTypes.length) {
      throw new ClientException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "row of " + device + " has " + values.length + " values, the tablet has " + columnTypes.length
              + " measurements");
    }
    // convert every value first, so that a rejected value leaves the tablet unchanged
    Object[] converted = new Object[values.length];
    for (int c = 0; c < values.length; c++) {
      if (values[c] != null) {
        converted[c] = Values.toWire(columnTypes[c], values[c], device, measurements.get(c));
      }
    }
    int row = rowCount;
    setTime(row, time);
    for (int c = 0; c < converted.length; c++) {
      if (converted[c] != null) {
        Values.store(this.values[c], columnTypes[c], row, converted[c]);
        markPresent(c, row);
      }
    }
  }

  /**
   * Sets the time of row {@code row}. With {@code row == rowCount()} this appends a row whose
   * columns are all null until a setter fills them; with a smaller {@code row} it changes the time
   * of an existing row.
   *
   * @throws ClientException ILLEGAL_ARGUMENT when {@code row} is negative or beyond
   *     {@code rowCount()}
   */
  public void setTime(int row, long time) {
    if (row == rowCount) {
      if (row == times.length) {
        grow();
      }
      // the row's presence bits were cleared by reset() or never set
      rowCount = row + 1;
    } else if (row < 0 || row > rowCount) {
      throw new ClientException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "row " + row + " of " + device + " cannot be set: the tablet has " + rowCount
              + " rows and rows are appended in order");
    }
    times[row] = time;
  }

  /** Sets a DOUBLE value. */
  public void setDouble(int row, int column, double value) {
    ((double[]) values[checked(row, column, DataType.DOUBLE)])[row] = value;
    markPresent(column, row);
  }

  /** Sets a FLOAT value. */
  public void setFloat(int row, int column, float value) {
    ((float[]) values[checked(row, column, DataType.FLOAT)])[row] = value;
    markPresent(column, row);
  }

  /** Sets an INT64 or TIMESTAMP value. */
  public void setLong(int row, int column, long value) {
    checkedRow(row, column);
    DataType type = columnTypes[column];
    if (type != DataType.INT64 && type != DataType.TIMESTAMP) {
      throw typeMismatch(column, "long");
    }
    ((long[]) values[column])[row] = value;
    markPresent(column, row);
  }

  /** Sets an INT32 or DATE ({@code yyyyMMdd}) value. */
  public void setInt(int row, int column, int value) {
    checkedRow(row, column);
    DataType type = columnTypes[column];
    if (type != DataType.INT32 && type != DataType.DATE) {
      throw typeMismatch(column, "int");
    }
    ((int[]) values[column])[row] = value;
    markPresent(column, row);
  }

  /** Sets a BOOLEAN value. */
  public void setBoolean(int row, int column, boolean value) {
    ((boolean[]) values[checked(row, column, DataType.BOOLEAN)])[row] = value;
    markPresent(column, row);
  }

  /** Sets a TEXT or STRING value; {@code null} makes it null. */
  public void setText(int row, int column, String value) {
    checkedRow(row, column);
    DataType type = columnTypes[column];
    if (type != DataType.TEXT && type != DataType.STRING) {
      throw typeMismatch(column, "String");
    }
    setBinaryValue(row, column, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  /** Sets a TEXT, STRING (UTF-8) or BLOB value; {@code null} makes it null. */
  public void setBytes(int row, int column, byte[] value) {
    checkedRow(row, column);
    if (!columnTypes[column].isBinary()) {
      throw typeMismatch(column, "byte[]");
    }
    setBinaryValue(row, column, value);
  }

  private void setBinaryValue(int row, int column, byte[] value) {
    if (value == null) {
      setNull(row, column);
      return;
    }
    ((byte[][]) values[column])[row] = value;
    markPresent(column, row);
  }

  /** Makes a value null (no value at that time). */
  public void setNull(int row, int column) {
    checkedRow(row, column);
    markNull(column, row);
  }

  /** Whether the value at {@code row}, {@code column} is null. */
  public boolean isNull(int row, int column) {
    checkedRow(row, column);
    return (present[column][row >>> 6] & (1L << row)) == 0;
  }

  private int checked(int row, int column, DataType expected) {
    checkedRow(row, column);
    if (columnTypes[column] != expected) {
      throw typeMismatch(column, expected.toString());
    }
    return column;
  }

  private void checkedRow(int row, int column) {
    if (row < 0 || row >= rowCount) {
      throw new ClientException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "row " + row + " of " + device + " does not exist (the tablet has " + rowCount
              + " rows; setTime appends one)");
    }
    if (column < 0 || column >= columnTypes.length) {
      throw new ClientException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "column " + column + " of " + device + " does not exist (the tablet has " + columnTypes.length
              + " measurements)");
    }
  }

  private ClientException typeMismatch(int column, String given) {
    return new ClientException(
        ErrorCode.ILLEGAL_ARGUMENT,
        "a " + given + " value does not fit " + device + "." + measurements.get(column) + " of type "
            + columnTypes[column]);
  }

  private void markNull(int column, int row) {
    present[column][row >>> 6] &= ~(1L << row);
  }

  private void markPresent(int column, int row) {
    present[column][row >>> 6] |= 1L << row;
  }

  private static int words(int rows) {
    return (rows + 63) >>> 6;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    for (int c = 0; c < values.length; c++) {
      Object grown = Column.newArray(columnTypes[c], capacity);
      System.arraycopy(values[c], 0, grown, 0, rowCount);
      values[c] = grown;
      present[c] = Arrays.copyOf(present[c], words(capacity));
    }
  }

  public int rowCount() {
    return rowCount;
  }

  /** Forgets the rows, keeping the arrays for the next batch. */
  public void reset() {
    for (long[] bits : present) {
      Arrays.fill(bits, 0, words(rowCount), 0L);
    }
    rowCount = 0;
  }

  /** Null flags of a column's rows, or null (no bitmap on the wire) when every row has a value. */
  private boolean[] nullFlags(int column) {
    long[] bits = present[column];
    int fullWords = rowCount >>> 6;
    boolean complete = true;
    for (int w = 0; w < fullWords && complete; w++) {
      complete = bits[w] == -1L;
    }
    int tail = rowCount & 63;
    if (complete && tail != 0) {
      long mask = (1L << tail) - 1;
      complete = (bits[fullWords] & mask) == mask;
    }
    if (complete) {
      return null;
    }
    boolean[] nulls = new boolean[rowCount];
    boolean binary = columnTypes[column].isBinary();
    for (int r = 0; r < rowCount; r++) {
      nulls[r] = (bits[r >>> 6] & (1L << r)) == 0;
      if (nulls[r] && binary) {
        // binary nulls travel as missing values; a value left from an earlier batch must not
        ((byte[][]) values[column])[r] = null;
      }
    }
    return nulls;
  }

  /** The rows as they travel; shares the arrays, so it must be encoded before the next change. */
  WireTablet toWire() {
    List<Column> columns = new ArrayList<>(values.length);
    for (int c = 0; c < values.length; c++) {
      columns.add(new Column(columnTypes[c], values[c], nullFlags(c), rowCount));
    }
    return new WireTablet(device, aligned, measurements, new Block(times, columns, rowCount));
  }
}
