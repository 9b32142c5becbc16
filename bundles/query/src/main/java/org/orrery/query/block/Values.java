package org.orrery.query.block;

import java.nio.charset.StandardCharsets;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** Reading single values of columns in the forms expressions need. */
public final class Values {
  private Values() {}

  /** The value at {@code row} of a numeric (or DATE/TIMESTAMP) column as a double. */
  public static double asDouble(Column column, int row) {
    return switch (column.type()) {
      case INT32, DATE -> column.ints()[row];
      case INT64, TIMESTAMP -> column.longs()[row];
      case FLOAT -> column.floats()[row];
      case DOUBLE -> column.doubles()[row];
      case BOOLEAN -> column.booleans()[row] ? 1 : 0;
      default -> Double.parseDouble(text(column, row));
    };
  }

  /** The value at {@code row} of an integral column as a long. */
  public static long asLong(Column column, int row) {
    return switch (column.type()) {
      case INT32, DATE -> column.ints()[row];
      case INT64, TIMESTAMP -> column.longs()[row];
      case FLOAT -> (long) column.floats()[row];
      case DOUBLE -> (long) column.doubles()[row];
      default -> throw new IllegalStateException("not integral: " + column.type());
    };
  }

  public static boolean isIntegral(DataType type) {
    return type == DataType.INT32 || type == DataType.INT64 || type == DataType.TIMESTAMP
        || type == DataType.DATE;
  }

  /** The text of a value as IoTDB prints it (FLOAT with 32-bit digits, text as is). */
  public static String text(Column column, int row) {
    if (column.isNull(row)) {
      return null;
    }
    return switch (column.type()) {
      case BOOLEAN -> Boolean.toString(column.booleans()[row]);
      case INT32, DATE -> Integer.toString(column.ints()[row]);
      case INT64, TIMESTAMP -> Long.toString(column.longs()[row]);
      case FLOAT -> Float.toString(column.floats()[row]);
      case DOUBLE -> Double.toString(column.doubles()[row]);
      default -> new String(column.binaries()[row], StandardCharsets.UTF_8);
    };
  }

  /** The text of a boxed value ({@code byte[]} decoded as UTF-8). */
  public static String text(Object value) {
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return String.valueOf(value);
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A column of {@code rows} copies of a boxed constant (null gives an all-null column). */
  public static Column constant(DataType type, Object value, int rows) {
    if (value == null) {
      return Column.allNull(type, rows);
    }
    ColumnBuilder builder = new ColumnBuilder(type, rows);
    for (int i = 0; i < rows; i++) {
      builder.appendBoxed(value);
    }
    return builder.build();
  }
}
