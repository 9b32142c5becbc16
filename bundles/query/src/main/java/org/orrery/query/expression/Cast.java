package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.block.Values;

/**
 * {@code CAST(value AS type)} between numbers, BOOLEAN and text. Text that does not read as the
 * target type fails the query naming the value.
 */
public record Cast(Expr value, DataType type) implements Expr {
  @Override
  public Column evaluate(Block input) {
    Column source = value.evaluate(input);
    int rows = input.rowCount();
    ColumnBuilder out = new ColumnBuilder(type, rows);
    for (int i = 0; i < rows; i++) {
      if (source.isNull(i)) {
        out.appendNull();
      } else {
        append(source, i, out);
      }
    }
    return out.build();
  }

  private void append(Column source, int row, ColumnBuilder out) {
    DataType from = source.type();
    try {
      switch (type) {
        case BOOLEAN -> {
          if (from.isBinary()) {
            String text = Values.text(source, row).trim();
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
              throw new NumberFormatException(text);
            }
            out.appendBoolean(Boolean.parseBoolean(text));
          } else if (from == DataType.BOOLEAN) {
            out.appendBoolean(source.booleans()[row]);
          } else {
            out.appendBoolean(Values.asDouble(source, row) != 0);
          }
        }
        case INT32 -> out.appendInt(Math.toIntExact(asLong(source, row)));
        case INT64, TIMESTAMP -> out.appendLong(asLong(source, row));
        case FLOAT -> out.appendFloat((float) asDouble(source, row));
        case DOUBLE -> out.appendDouble(asDouble(source, row));
        case DATE -> out.appendInt((int) asLong(source, row));
        default -> out.appendBinary(Values.utf8(Values.text(source, row)));
      }
    } catch (NumberFormatException | ArithmeticException e) {
      throw new OrreryException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "cannot cast '" + Values.text(source, row) + "' from " + from + " to " + type);
    }
  }

  private static long asLong(Column source, int row) {
    DataType from = source.type();
    if (from.isBinary()) {
      return Long.parseLong(Values.text(source, row).trim());
    }
    if (from == DataType.BOOLEAN) {
      return source.booleans()[row] ? 1 : 0;
    }
    if (from == DataType.FLOAT || from == DataType.DOUBLE) {
      double d = Values.asDouble(source, row);
      if (d > Long.MAX_VALUE || d < Long.MIN_VALUE || Double.isNaN(d)) {
        throw new ArithmeticException("out of range");
      }
      return Math.round(d);
    }
    return Values.asLong(source, row);
  }

  private static double asDouble(Column source, int row) {
    DataType from = source.type();
    if (from.isBinary()) {
      return Double.parseDouble(Values.text(source, row).trim());
    }
    return Values.asDouble(source, row);
  }
}
