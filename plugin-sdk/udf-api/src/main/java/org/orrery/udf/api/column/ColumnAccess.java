package org.orrery.udf.api.column;

import java.util.Arrays;
import org.orrery.udf.api.type.Type;

/** Shared checks of the array-backed columns. */
final class ColumnAccess {
  private ColumnAccess() {}

  static UnsupportedOperationException wrongGetter(Type type, String javaType) {
    return new UnsupportedOperationException(
        "a " + type + " column has no " + javaType + " values");
  }

  static void requireType(Type actual, Type... allowed) {
    for (Type type : allowed) {
      if (type == actual) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "type " + actual + " cannot be stored in this column; expected one of "
            + Arrays.toString(allowed));
  }

  static void requireNullMarks(int positions, boolean[] nulls) {
    if (nulls != null && nulls.length != positions) {
      throw new IllegalArgumentException(
          "null marks cover " + nulls.length + " positions but the column has " + positions);
    }
  }
}
