package org.orrery.query.statement;

import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.block.Values;

/**
 * Converts a written column to the type of its existing series where the series can hold the
 * values without loss of meaning: integers to wider integers and floating types, numbers and
 * booleans to text, TEXT and STRING into each other.
 */
final class ColumnConversion {
  private ColumnConversion() {}

  /** Whether values of {@code from} can be written to a series of {@code to}. */
  static boolean possible(DataType from, DataType to) {
    if (from == to) {
      return true;
    }
    if (to == DataType.TEXT || to == DataType.STRING) {
      return from != DataType.BLOB;
    }
    return switch (from) {
      case INT32 -> to == DataType.INT64 || to == DataType.FLOAT || to == DataType.DOUBLE;
      case INT64 -> to == DataType.FLOAT || to == DataType.DOUBLE || to == DataType.TIMESTAMP;
      case TIMESTAMP -> to == DataType.INT64;
      case FLOAT -> to == DataType.DOUBLE;
      default -> false;
    };
  }

  /** The column as {@code to}; call only when {@link #possible} holds. */
  static Column convert(Column column, int rows, DataType to) {
    if (column.type() == to) {
      return column;
    }
    ColumnBuilder out = new ColumnBuilder(to, rows);
    for (int i = 0; i < rows; i++) {
      if (column.isNull(i)) {
        out.appendNull();
        continue;
      }
      switch (to) {
        case INT64, TIMESTAMP -> out.appendLong(Values.asLong(column, i));
        case FLOAT -> out.appendFloat((float) Values.asDouble(column, i));
        case DOUBLE -> out.appendDouble(Values.asDouble(column, i));
        default -> out.appendBinary(Values.utf8(Values.text(column, i)));
      }
    }
    return out.build();
  }
}
