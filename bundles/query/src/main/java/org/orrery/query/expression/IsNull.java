package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** {@code IS [NOT] NULL}; never null itself. */
public record IsNull(Expr operand, boolean negated) implements Expr {
  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public Column evaluate(Block input) {
    Column value = operand.evaluate(input);
    int rows = input.rowCount();
    boolean[] out = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      out[i] = value.isNull(i) != negated;
    }
    return new Column(DataType.BOOLEAN, out, null, rows);
  }
}
