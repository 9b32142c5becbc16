package org.orrery.functions.support;

import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * The value family a type is compared in: whole numbers (INT32, INT64, TIMESTAMP, DATE, compared
 * as {@code long} without loss), floating numbers (FLOAT, DOUBLE, compared as {@code double}
 * without loss) and byte strings (TEXT, STRING, BLOB, compared as unsigned bytes, which orders
 * UTF-8 text by code point). BOOLEAN has no order here.
 */
public enum ValueDomain {
  WHOLE,
  FLOATING,
  BYTES;

  /**
   * The domain of {@code type}, or {@code null} for BOOLEAN.
   */
  public static ValueDomain of(DataType type) {
    switch (type) {
      case INT32:
      case INT64:
      case TIMESTAMP:
      case DATE:
        return WHOLE;
      case FLOAT:
      case DOUBLE:
        return FLOATING;
      case TEXT:
      case STRING:
      case BLOB:
        return BYTES;
      default:
        return null;
    }
  }

  /** The value at {@code row} of a WHOLE column. */
  public static long longAt(Column column, int row) {
    switch (column.type()) {
      case INT32:
      case DATE:
        return column.ints()[row];
      case INT64:
      case TIMESTAMP:
        return column.longs()[row];
      default:
        throw new IllegalArgumentException("a " + column.type() + " column has no whole values");
    }
  }

  /** The value at {@code row} of a numeric column (any of INT32, INT64, FLOAT, DOUBLE...). */
  public static double doubleAt(Column column, int row) {
    switch (column.type()) {
      case INT32:
      case DATE:
        return column.ints()[row];
      case INT64:
      case TIMESTAMP:
        return column.longs()[row];
      case FLOAT:
        return column.floats()[row];
      case DOUBLE:
        return column.doubles()[row];
      default:
        throw new IllegalArgumentException("a " + column.type() + " column has no numeric values");
    }
  }

  /** A WHOLE or FLOATING value boxed as {@code type}'s values ({@code Integer} for INT32...). */
  public static Object box(DataType type, long whole, double floating) {
    switch (type) {
      case INT32:
      case DATE:
        return (int) whole;
      case INT64:
      case TIMESTAMP:
        return whole;
      case FLOAT:
        return (float) floating;
      case DOUBLE:
        return floating;
      default:
        throw new IllegalArgumentException("cannot box a number as " + type);
    }
  }

  /** The {@code long} of a boxed whole value ({@code Integer} or {@code Long}). */
  public static long unboxLong(Object boxed) {
    return ((Number) boxed).longValue();
  }

  /** The {@code double} of a boxed number. */
  public static double unboxDouble(Object boxed) {
    return ((Number) boxed).doubleValue();
  }
}
