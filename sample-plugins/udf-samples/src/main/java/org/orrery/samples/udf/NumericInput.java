package org.orrery.samples.udf;

import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.type.Type;

/** Reads a value of any numeric input type as a double. */
final class NumericInput {
  static final Type[] TYPES = {Type.INT32, Type.INT64, Type.FLOAT, Type.DOUBLE};

  private NumericInput() {}

  static double value(Row row, int column) {
    return switch (row.getDataType(column)) {
      case INT32 -> row.getInt(column);
      case INT64 -> row.getLong(column);
      case FLOAT -> row.getFloat(column);
      case DOUBLE -> row.getDouble(column);
      default -> throw new IllegalStateException(
          "input " + column + " has the non-numeric type " + row.getDataType(column));
    };
  }

  static double value(Column column, int position) {
    return switch (column.getDataType()) {
      case INT32 -> column.getInt(position);
      case INT64 -> column.getLong(position);
      case FLOAT -> column.getFloat(position);
      case DOUBLE -> column.getDouble(position);
      default -> throw new IllegalStateException(
          "a column of the non-numeric type " + column.getDataType());
    };
  }
}
