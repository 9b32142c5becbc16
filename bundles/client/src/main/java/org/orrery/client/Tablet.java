package org.orrery.client;

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
 * Rows of one device collected column by column, the fast way to insert. Fill it with
 * {@link #addRow}, send it with {@link Session#insertTablet}, then {@link #reset()} and reuse it.
 * The capacity grows when more rows are added. Not thread-safe.
 */
public final class Tablet {
  private final String device;
  private final List<String> measurements;
  private final List<DataType> types;
  private boolean aligned;
  private long[] times;
  private Object[] values;
  /** Per column, null until the column receives its first null value. */
  private boolean[][] nulls;
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
    int initial = Math.max(1, capacity);
    times = new long[initial];
    values = new Object[this.types.size()];
    nulls = new boolean[this.types.size()][];
    for (int c = 0; c < values.length; c++) {
      values[c] = Column.newArray(this.types.get(c), initial);
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
    if (values.length != types.size()) {
      throw new ClientException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "row of " + device + " has " + values.length + " values, the tablet has " + types.size()
              + " measurements");
    }
    if (rowCount == times.length) {
      grow();
    }
    for (int c = 0; c < values.length; c++) {
      if (values[c] == null) {
        if (nulls[c] == null) {
          nulls[c] = new boolean[times.length];
        }
        nulls[c][rowCount] = true;
      } else {
        Values.store(this.values[c], types.get(c), rowCount, values[c], device + "." + measurements.get(c));
        if (nulls[c] != null) {
          nulls[c][rowCount] = false;
        }
      }
    }
    times[rowCount++] = time;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    for (int c = 0; c < values.length; c++) {
      Object grown = Column.newArray(types.get(c), capacity);
      System.arraycopy(values[c], 0, grown, 0, rowCount);
      values[c] = grown;
      if (nulls[c] != null) {
        nulls[c] = Arrays.copyOf(nulls[c], capacity);
      }
    }
  }

  public int rowCount() {
    return rowCount;
  }

  /** Forgets the rows, keeping the arrays for the next batch. */
  public void reset() {
    rowCount = 0;
    for (boolean[] flags : nulls) {
      if (flags != null) {
        Arrays.fill(flags, false);
      }
    }
  }

  /** The rows as they travel; shares the arrays, so it must be encoded before the next addRow. */
  WireTablet toWire() {
    List<Column> columns = new ArrayList<>(values.length);
    for (int c = 0; c < values.length; c++) {
      columns.add(new Column(types.get(c), values[c], nulls[c], rowCount));
    }
    return new WireTablet(device, aligned, measurements, new Block(times, columns, rowCount));
  }
}
