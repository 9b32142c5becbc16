package org.orrery.trigger.api.data;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data one write hands to a trigger: rows of one device, with one column per measurement
 * that matches the trigger's path pattern.
 *
 * <p>Row {@code r} has the time {@link #getTimestamp(int) getTimestamp(r)}; column {@code c} is
 * the measurement {@link #getMeasurement(int) getMeasurement(c)} of type
 * {@link #getType(int) getType(c)}. A cell may be null (the write gave no value for that
 * measurement at that time): check {@link #isNull(int, int)} before reading it, since the value
 * of a null cell is undefined. Rows are in the order the write gave them, which need not be time
 * order.
 *
 * <p>Read a cell with the getter matching the column's type (see {@link Type}); the others throw
 * {@link IllegalStateException} naming the column. A tablet is immutable to plugins: no getter
 * exposes an array the tablet holds. Build one with {@link #builder(String, long[])}; the builder
 * keeps the arrays it is given without copying them, so the caller must not change them
 * afterwards.
 */
public final class Tablet {
  private final String deviceId;
  private final long[] timestamps;
  private final List<String> measurements;
  private final List<Type> types;
  private final Object[] values;
  private final BitSet[] nulls;
  private final Map<String, Integer> columnByMeasurement;

  private Tablet(Builder builder) {
    this.deviceId = builder.deviceId;
    this.timestamps = builder.timestamps;
    this.measurements = Collections.unmodifiableList(new ArrayList<>(builder.measurements));
    this.types = Collections.unmodifiableList(new ArrayList<>(builder.types));
    this.values = builder.values.toArray();
    this.nulls = builder.nulls.toArray(new BitSet[0]);
    this.columnByMeasurement = Map.copyOf(builder.columnByMeasurement);
  }

  /**
   * Starts a tablet of {@code timestamps.length} rows for {@code deviceId}.
   *
   * @param deviceId the device path, e.g. {@code root.sg.d1}
   * @param timestamps the time of each row
   */
  public static Builder builder(String deviceId, long[] timestamps) {
    return new Builder(deviceId, timestamps);
  }

  /** The device path, e.g. {@code root.sg.d1}. */
  public String getDeviceId() {
    return deviceId;
  }

  /** Number of rows. */
  public int getRowCount() {
    return timestamps.length;
  }

  /** The time of row {@code row}. */
  public long getTimestamp(int row) {
    return timestamps[row];
  }

  /** A copy of the times of all rows. */
  public long[] getTimestamps() {
    return timestamps.clone();
  }

  /** Number of columns (measurements). */
  public int getColumnCount() {
    return measurements.size();
  }

  /** The measurement names, in column order; unmodifiable. */
  public List<String> getMeasurements() {
    return measurements;
  }

  /** The name of the measurement in column {@code column}, e.g. {@code temperature}. */
  public String getMeasurement(int column) {
    return measurements.get(column);
  }

  /** The full path of column {@code column}: device id, a dot, measurement name. */
  public String getPath(int column) {
    return deviceId + "." + measurements.get(column);
  }

  /** The column types, in column order; unmodifiable. */
  public List<Type> getTypes() {
    return types;
  }

  /** The type of column {@code column}. */
  public Type getType(int column) {
    return types.get(column);
  }

  /** The column holding {@code measurement}, or -1 when the tablet has no such column. */
  public int getColumnIndex(String measurement) {
    Integer column = columnByMeasurement.get(measurement);
    return column == null ? -1 : column;
  }

  /** Whether the cell at ({@code column}, {@code row}) has no value. */
  public boolean isNull(int column, int row) {
    Objects.checkIndex(row, timestamps.length);
    BitSet columnNulls = nulls[column];
    if (columnNulls != null && columnNulls.get(row)) {
      return true;
    }
    return values[column] instanceof byte[][] binaries && binaries[row] == null;
  }

  /** The value of a BOOLEAN cell. */
  public boolean getBoolean(int column, int row) {
    return ((boolean[]) column(column, "getBoolean", Type.BOOLEAN))[row];
  }

  /** The value of an INT32 cell, or the {@code yyyyMMdd} of a DATE cell. */
  public int getInt(int column, int row) {
    return ((int[]) column(column, "getInt", Type.INT32, Type.DATE))[row];
  }

  /** The value of an INT64 or TIMESTAMP cell. */
  public long getLong(int column, int row) {
    return ((long[]) column(column, "getLong", Type.INT64, Type.TIMESTAMP))[row];
  }

  /** The value of a FLOAT cell. */
  public float getFloat(int column, int row) {
    return ((float[]) column(column, "getFloat", Type.FLOAT))[row];
  }

  /** The value of a DOUBLE cell. */
  public double getDouble(int column, int row) {
    return ((double[]) column(column, "getDouble", Type.DOUBLE))[row];
  }

  /** The value of any numeric cell (INT32, INT64, FLOAT, DOUBLE) widened to a double. */
  public double getAsDouble(int column, int row) {
    Object array = column(column, "getAsDouble", Type.INT32, Type.INT64, Type.FLOAT, Type.DOUBLE);
    if (array instanceof int[] ints) {
      return ints[row];
    }
    if (array instanceof long[] longs) {
      return longs[row];
    }
    if (array instanceof float[] floats) {
      return floats[row];
    }
    return ((double[]) array)[row];
  }

  /** A copy of the bytes of a TEXT, STRING or BLOB cell. */
  public byte[] getBytes(int column, int row) {
    byte[] bytes = ((byte[][]) column(column, "getBytes", Type.TEXT, Type.STRING, Type.BLOB))[row];
    return bytes == null ? null : bytes.clone();
  }

  /** The value of a TEXT or STRING cell, decoded from UTF-8. */
  public String getString(int column, int row) {
    byte[] bytes = ((byte[][]) column(column, "getString", Type.TEXT, Type.STRING))[row];
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** The value of a DATE cell. */
  public LocalDate getDate(int column, int row) {
    return DateValue.toLocalDate(((int[]) column(column, "getDate", Type.DATE))[row]);
  }

  private Object column(int column, String getter, Type... accepted) {
    Type type = types.get(column);
    for (Type candidate : accepted) {
      if (candidate == type) {
        return values[column];
      }
    }
    throw new IllegalStateException(
        getter + " cannot read column " + column + " (" + getPath(column) + ") of type " + type);
  }

  @Override
  public String toString() {
    return "Tablet(" + deviceId + ", " + measurements + ", " + timestamps.length + " rows)";
  }

  /**
   * Collects the columns of a {@link Tablet}. Each {@code add} method checks that the arrays are
   * as long as the time column and that the measurement is new, and throws
   * {@link IllegalArgumentException} naming the measurement otherwise.
   */
  public static final class Builder {
    private final String deviceId;
    private final long[] timestamps;
    private final List<String> measurements = new ArrayList<>();
    private final List<Type> types = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private final List<BitSet> nulls = new ArrayList<>();
    private final Map<String, Integer> columnByMeasurement = new HashMap<>();

    private Builder(String deviceId, long[] timestamps) {
      Objects.requireNonNull(deviceId, "deviceId");
      if (deviceId.isBlank()) {
        throw new IllegalArgumentException("a tablet needs a device id");
      }
      this.deviceId = deviceId;
      this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
    }

    /** Adds a BOOLEAN column; {@code nulls} marks null rows, or is {@code null} for none. */
    public Builder addBooleans(String measurement, boolean[] values, BitSet nulls) {
      return add(measurement, Type.BOOLEAN, values, nulls);
    }

    /** Adds an INT32 column. */
    public Builder addInts(String measurement, int[] values, BitSet nulls) {
      return add(measurement, Type.INT32, values, nulls);
    }

    /** Adds an INT64 column. */
    public Builder addLongs(String measurement, long[] values, BitSet nulls) {
      return add(measurement, Type.INT64, values, nulls);
    }

    /** Adds a FLOAT column. */
    public Builder addFloats(String measurement, float[] values, BitSet nulls) {
      return add(measurement, Type.FLOAT, values, nulls);
    }

    /** Adds a DOUBLE column. */
    public Builder addDoubles(String measurement, double[] values, BitSet nulls) {
      return add(measurement, Type.DOUBLE, values, nulls);
    }

    /** Adds a STRING column; a {@code null} element is a null cell. */
    public Builder addStrings(String measurement, String[] values) {
      byte[][] bytes = new byte[values.length][];
      for (int i = 0; i < values.length; i++) {
        bytes[i] = values[i] == null ? null : values[i].getBytes(StandardCharsets.UTF_8);
      }
      return add(measurement, Type.STRING, bytes, null);
    }

    /**
     * Adds a column of any type, held in the array {@link Type} gives for it. For the binary
     * types a {@code null} element is also a null cell.
     *
     * @throws IllegalArgumentException when the array is not the one the type needs
     */
    public Builder add(String measurement, Type type, Object values, BitSet nulls) {
      Objects.requireNonNull(measurement, "measurement");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(values, "values");
      if (columnByMeasurement.containsKey(measurement)) {
        throw new IllegalArgumentException(
            "measurement '" + measurement + "' appears twice in the tablet of " + deviceId);
      }
      int length = ColumnArrays.length(measurement, type, values);
      if (length != timestamps.length) {
        throw new IllegalArgumentException(
            "measurement '" + measurement + "' has " + length + " values but the tablet has "
                + timestamps.length + " rows");
      }
      if (nulls != null && nulls.length() > timestamps.length) {
        throw new IllegalArgumentException(
            "measurement '" + measurement + "' marks row " + (nulls.length() - 1)
                + " null but the tablet has " + timestamps.length + " rows");
      }
      columnByMeasurement.put(measurement, measurements.size());
      measurements.add(measurement);
      types.add(type);
      this.values.add(values);
      this.nulls.add(nulls == null || nulls.isEmpty() ? null : (BitSet) nulls.clone());
      return this;
    }

    public Tablet build() {
      return new Tablet(this);
    }
  }
}
