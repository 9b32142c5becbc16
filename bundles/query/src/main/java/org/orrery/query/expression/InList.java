package org.orrery.query.expression;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** {@code [NOT] IN (...)}: candidates are constants of a type comparable with the value. */
public record InList(Expr value, List<Constant> candidates, boolean negated) implements Expr {
  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public Column evaluate(Block input) {
    Column v = value.evaluate(input);
    int rows = input.rowCount();
    Column[] options = new Column[candidates.size()];
    for (int k = 0; k < options.length; k++) {
      options[k] = candidates.get(k).evaluate(new Block(null, List.of(), 1));
    }
    boolean[] out = new boolean[rows];
    boolean[] nulls = null;
    for (int i = 0; i < rows; i++) {
      if (v.isNull(i)) {
        if (nulls == null) {
          nulls = new boolean[rows];
        }
        nulls[i] = true;
        continue;
      }
      boolean found = false;
      for (Column option : options) {
        if (!option.isNull(0) && Comparisons.compare(v, i, option, 0) == 0) {
          found = true;
          break;
        }
      }
      out[i] = found != negated;
    }
    return new Column(DataType.BOOLEAN, out, nulls, rows);
  }
}
