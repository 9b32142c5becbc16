package org.orrery.query.block;

import java.util.Arrays;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** Appends values of one type, then hands out a {@link Column}. Grows by doubling. */
public final class ColumnBuilder {
  private final DataType type;
  private Object values;
  private boolean[] nulls;
  private boolean anyNull;
  private int size;

  public ColumnBuilder(DataType type, int expected) {
    this.type = type;
    int capacity = Math.max(expected, 8);
    this.values = Column.newArray(type, capacity);
    this.nulls = new boolean[capacity];
  }

  public DataType type() {
    return type;
  }

  public int size() {
    return size;
  }

  private void ensure() {
    if (size == nulls.length) {
      grow(nulls.length * 2);
    }
  }

  private void grow(int capacity) {
    nulls = Arrays.copyOf(nulls, capacity);
    Object grown = Column.newArray(type, capacity);
    System.arraycopy(values, 0, grown, 0, size);
    values = grown;
  }

  public ColumnBuilder appendNull() {
    ensure();
    nulls[size++] = true;
    anyNull = true;
    return this;
  }

  /** Appends position {@code position} of {@code source}, which must have this builder's type. */
  public ColumnBuilder appendFrom(Column source, int position) {
    if (source.isNull(position)) {
      return appendNull();
    }
    ensure();
    switch (type) {
      case BOOLEAN -> ((boolean[]) values)[size] = source.booleans()[position];
      case INT32, DATE -> ((int[]) values)[size] = source.ints()[position];
      case INT64, TIMESTAMP -> ((long[]) values)[size] = source.longs()[position];
      case FLOAT -> ((float[]) values)[size] = source.floats()[position];
      case DOUBLE -> ((double[]) values)[size] = source.doubles()[position];
      default -> ((byte[][]) values)[size] = source.binaries()[position];
    }
    size++;
    return this;
  }

  /**
   * Appends positions {@code [from, from + count)} of {@code source}, which must have this
   * builder's type: one array copy instead of a value at a time.
   */
  public ColumnBuilder appendRange(Column source, int from, int count) {
    if (size + count > nulls.length) {
      grow(Math.max(nulls.length * 2, size + count));
    }
    System.arraycopy(source.values(), from, values, size, count);
    boolean[] sourceNulls = source.nulls();
    if (sourceNulls != null) {
      for (int i = 0; i < count; i++) {
        boolean isNull = sourceNulls[from + i];
        nulls[size + i] = isNull;
        anyNull |= isNull;
      }
    }
    size += count;
    return this;
  }

  public ColumnBuilder appendBoolean(boolean value) {
    ensure();
    ((boolean[]) values)[size++] = value;
    return this;
  }

  public ColumnBuilder appendInt(int value) {
    ensure();
    ((int[]) values)[size++] = value;
    return this;
  }

  public ColumnBuilder appendLong(long value) {
    ensure();
    ((long[]) values)[size++] = value;
    return this;
  }

  public ColumnBuilder appendFloat(float value) {
    ensure();
    ((float[]) values)[size++] = value;
    return this;
  }

  public ColumnBuilder appendDouble(double value) {
    ensure();
    ((double[]) values)[size++] = value;
    return this;
  }

  public ColumnBuilder appendBinary(byte[] value) {
    if (value == null) {
      return appendNull();
    }
    ensure();
    ((byte[][]) values)[size++] = value;
    return this;
  }

  /**
   * Appends a boxed value of this builder's type ({@code Boolean}, {@code Integer}, {@code Long},
   * {@code Float}, {@code Double}, {@code byte[]}, or {@code String} for the text types); null
   * appends a null.
   */
  public ColumnBuilder appendBoxed(Object value) {
    if (value == null) {
      return appendNull();
    }
    switch (type) {
      case BOOLEAN -> appendBoolean((Boolean) value);
      case INT32, DATE -> appendInt(((Number) value).intValue());
      case INT64, TIMESTAMP -> appendLong(((Number) value).longValue());
      case FLOAT -> appendFloat(((Number) value).floatValue());
      case DOUBLE -> appendDouble(((Number) value).doubleValue());
      default -> appendBinary(
          value instanceof String text ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8) : (byte[]) value);
    }
    return this;
  }

  public Column build() {
    return new Column(type, values, anyNull ? nulls : null, size);
  }
}
