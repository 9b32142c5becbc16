package org.orrery.functions.testing;

import java.nio.charset.StandardCharsets;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** Builds small columns for tests; a {@code null} element becomes a null position. */
public final class Cols {
  private Cols() {}

  public static Column ints(Integer... values) {
    int[] out = new int[values.length];
    boolean[] nulls = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      nulls[i] = values[i] == null;
      out[i] = values[i] == null ? 0 : values[i];
    }
    return new Column(DataType.INT32, out, nulls, values.length);
  }

  public static Column dates(Integer... values) {
    Column ints = ints(values);
    return new Column(DataType.DATE, ints.ints(), ints.nulls(), values.length);
  }

  public static Column longs(Long... values) {
    return longsOf(DataType.INT64, values);
  }

  public static Column timestamps(Long... values) {
    return longsOf(DataType.TIMESTAMP, values);
  }

  private static Column longsOf(DataType type, Long... values) {
    long[] out = new long[values.length];
    boolean[] nulls = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      nulls[i] = values[i] == null;
      out[i] = values[i] == null ? 0 : values[i];
    }
    return new Column(type, out, nulls, values.length);
  }

  public static Column floats(Float... values) {
    float[] out = new float[values.length];
    boolean[] nulls = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      nulls[i] = values[i] == null;
      out[i] = values[i] == null ? 0 : values[i];
    }
    return new Column(DataType.FLOAT, out, nulls, values.length);
  }

  public static Column doubles(Double... values) {
    double[] out = new double[values.length];
    boolean[] nulls = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      nulls[i] = values[i] == null;
      out[i] = values[i] == null ? 0 : values[i];
    }
    return new Column(DataType.DOUBLE, out, nulls, values.length);
  }

  public static Column booleans(Boolean... values) {
    boolean[] out = new boolean[values.length];
    boolean[] nulls = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      nulls[i] = values[i] == null;
      out[i] = values[i] != null && values[i];
    }
    return new Column(DataType.BOOLEAN, out, nulls, values.length);
  }

  public static Column texts(String... values) {
    return textsOf(DataType.TEXT, values);
  }

  public static Column strings(String... values) {
    return textsOf(DataType.STRING, values);
  }

  private static Column textsOf(DataType type, String... values) {
    byte[][] out = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] == null ? null : values[i].getBytes(StandardCharsets.UTF_8);
    }
    return new Column(type, out, null, values.length);
  }

  /** The column's first {@code rows} values boxed; text types decoded to {@code String}. */
  public static Object[] values(Column column, int rows) {
    Object[] out = new Object[rows];
    for (int i = 0; i < rows; i++) {
      Object value = column.get(i);
      out[i] = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value;
    }
    return out;
  }

  /** Times 1..n. */
  public static long[] times(int n) {
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = i + 1;
    }
    return times;
  }
}
