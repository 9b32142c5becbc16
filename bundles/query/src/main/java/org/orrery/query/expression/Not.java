package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** Logical NOT; null stays null. */
public record Not(Expr operand) implements Expr {
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
      out[i] = !value.isNull(i) && !value.booleans()[i];
    }
    boolean[] nulls = value.mayHaveNulls() ? java.util.Arrays.copyOf(value.nulls(), rows) : null;
    return new Column(DataType.BOOLEAN, out, nulls, rows);
  }
}
