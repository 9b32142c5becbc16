package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** {@code [NOT] BETWEEN lower AND upper}, bounds included. */
public record Between(Expr value, Expr lower, Expr upper, boolean negated) implements Expr {
  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public Column evaluate(Block input) {
    Column v = value.evaluate(input);
    Column lo = lower.evaluate(input);
    Column hi = upper.evaluate(input);
    int rows = input.rowCount();
    boolean[] out = new boolean[rows];
    boolean[] nulls = null;
    for (int i = 0; i < rows; i++) {
      if (v.isNull(i) || lo.isNull(i) || hi.isNull(i)) {
        if (nulls == null) {
          nulls = new boolean[rows];
        }
        nulls[i] = true;
        continue;
      }
      boolean inside = Comparisons.compare(v, i, lo, i) >= 0 && Comparisons.compare(v, i, hi, i) <= 0;
      out[i] = inside != negated;
    }
    return new Column(DataType.BOOLEAN, out, nulls, rows);
  }
}
