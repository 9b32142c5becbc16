package org.orrery.common.block;

import java.util.Arrays;
import java.util.Objects;
import org.orrery.common.type.DataType;

/**
 * One column of a {@link Block}: a primitive array of its {@link DataType} and, when some
 * positions hold no value, a parallel {@code boolean[]} of null flags.
 *
 * <p>The array kinds per type: {@code boolean[]} BOOLEAN; {@code int[]} INT32 and DATE
 * ({@code yyyyMMdd}); {@code long[]} INT64 and TIMESTAMP; {@code float[]} FLOAT;
 * {@code double[]} DOUBLE; {@code byte[][]} TEXT, STRING and BLOB (UTF-8 for the text types). The
 * array may be longer than {@link #size()}; positions past it are not part of the column. The
 * value of a null position is unspecified. Columns are not copied when handed over: treat the
 * arrays as read-only once the column is built.
 */
public final class Column {
  private final DataType type;
  private final Object values;
  private final boolean[] nulls;
  private final int size;

  /**
   * A column over {@code values} (the array kind of {@code type}).
   *
   * @param nulls null flags (true = no value) of at least {@code size} entries, or {@code null}
   *     when every position has a value
   * @throws IllegalArgumentException when the array does not suit the type or is too short
   */
  public Column(DataType type, Object values, boolean[] nulls, int size) {
    this.type = Objects.requireNonNull(type, "type");
    this.values = Objects.requireNonNull(values, "values");
    if (size < 0 || java.lang.reflect.Array.getLength(values) < size) {
      throw new IllegalArgumentException(
          "column of " + type + " has " + java.lang.reflect.Array.getLength(values)
              + " values, fewer than its size " + size);
    }
    if (!arrayClass(type).isInstance(values)) {
      throw new IllegalArgumentException(
          "a " + type + " column needs a " + arrayClass(type).getSimpleName()
              + " but got " + values.getClass().getSimpleName());
    }
    if (nulls != null && nulls.length < size) {
      throw new IllegalArgumentException(
          "null flags have " + nulls.length + " entries, fewer than the column size " + size);
    }
    this.nulls = nulls;
    this.size = size;
  }

  /** An empty array of the kind {@code type} uses, with room for {@code capacity} values. */
  public static Object newArray(DataType type, int capacity) {
    switch (type) {
      case BOOLEAN:
        return new boolean[capacity];
      case INT32:
      case DATE:
        return new int[capacity];
      case INT64:
      case TIMESTAMP:
        return new long[capacity];
      case FLOAT:
        return new float[capacity];
      case DOUBLE:
        return new double[capacity];
      default:
        return new byte[capacity][];
    }
  }

  /** The array class that holds values of {@code type}. */
  public static Class<?> arrayClass(DataType type) {
    switch (type) {
      case BOOLEAN:
        return boolean[].class;
      case INT32:
      case DATE:
        return int[].class;
      case INT64:
      case TIMESTAMP:
        return long[].class;
      case FLOAT:
        return float[].class;
      case DOUBLE:
        return double[].class;
      default:
        return byte[][].class;
    }
  }

  /** A column of {@code size} positions that are all null. */
  public static Column allNull(DataType type, int size) {
    boolean[] flags = new boolean[size];
    Arrays.fill(flags, true);
    return new Column(type, newArray(type, size), flags, size);
  }

  public DataType type() {
    return type;
  }

  public int size() {
    return size;
  }

  /** Whether any position may be null (false means none is). */
  public boolean mayHaveNulls() {
    return nulls != null;
  }

  /** Whether {@code position} holds no value. */
  public boolean isNull(int position) {
    return (nulls != null && nulls[position])
        || (type.isBinary() && ((byte[][]) values)[position] == null);
  }

  /** The raw null flags, or {@code null} when there are none. */
  public boolean[] nulls() {
    return nulls;
  }

  /** The raw value array (its kind depends on {@link #type()}). */
  public Object values() {
    return values;
  }

  public boolean[] booleans() {
    return (boolean[]) values;
  }

  public int[] ints() {
    return (int[]) values;
  }

  public long[] longs() {
    return (long[]) values;
  }

  public float[] floats() {
    return (float[]) values;
  }

  public double[] doubles() {
    return (double[]) values;
  }

  public byte[][] binaries() {
    return (byte[][]) values;
  }

  /**
   * The value at {@code position} boxed ({@code Boolean}, {@code Integer}, {@code Long},
   * {@code Float}, {@code Double}, or {@code byte[]}), or {@code null}. For result formatting and
   * tests, not for hot loops.
   */
  public Object get(int position) {
    if (isNull(position)) {
      return null;
    }
    switch (type) {
      case BOOLEAN:
        return booleans()[position];
      case INT32:
      case DATE:
        return ints()[position];
      case INT64:
      case TIMESTAMP:
        return longs()[position];
      case FLOAT:
        return floats()[position];
      case DOUBLE:
        return doubles()[position];
      default:
        return binaries()[position];
    }
  }
}
