package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.ColumnBuilder;

/** Unary minus; keeps the operand's numeric type. */
public record Negate(Expr operand) implements Expr {
  @Override
  public DataType type() {
    return operand.type();
  }

  @Override
  public Column evaluate(Block input) {
    Column value = operand.evaluate(input);
    int rows = input.rowCount();
    ColumnBuilder out = new ColumnBuilder(type(), rows);
    for (int i = 0; i < rows; i++) {
      if (value.isNull(i)) {
        out.appendNull();
        continue;
      }
      switch (type()) {
        case INT32 -> out.appendInt(-value.ints()[i]);
        case INT64 -> out.appendLong(-value.longs()[i]);
        case FLOAT -> out.appendFloat(-value.floats()[i]);
        default -> out.appendDouble(-value.doubles()[i]);
      }
    }
    return out.build();
  }
}
