package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * AND / OR with SQL's three-valued logic: {@code false AND null} is false, {@code true OR null}
 * is true, other combinations with null are null.
 */
public record Logical(boolean and, Expr left, Expr right) implements Expr {
  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public Column evaluate(Block input) {
    Column a = left.evaluate(input);
    Column b = right.evaluate(input);
    int rows = input.rowCount();
    boolean[] out = new boolean[rows];
    boolean[] nulls = null;
    for (int i = 0; i < rows; i++) {
      Boolean x = a.isNull(i) ? null : a.booleans()[i];
      Boolean y = b.isNull(i) ? null : b.booleans()[i];
      Boolean result;
      if (and) {
        result = Boolean.FALSE.equals(x) || Boolean.FALSE.equals(y)
            ? Boolean.FALSE : (x == null || y == null ? null : Boolean.TRUE);
      } else {
        result = Boolean.TRUE.equals(x) || Boolean.TRUE.equals(y)
            ? Boolean.TRUE : (x == null || y == null ? null : Boolean.FALSE);
      }
      if (result == null) {
        if (nulls == null) {
          nulls = new boolean[rows];
        }
        nulls[i] = true;
      } else {
        out[i] = result;
      }
    }
    return new Column(DataType.BOOLEAN, out, nulls, rows);
  }
}
