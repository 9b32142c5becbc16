package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.sql.ast.expression.BinaryOperator;

/** {@code = != < <= > >=}; BOOLEAN, null when an operand is null. */
public record Comparison(BinaryOperator operator, Expr left, Expr right) implements Expr {
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
      if (a.isNull(i) || b.isNull(i)) {
        if (nulls == null) {
          nulls = new boolean[rows];
        }
        nulls[i] = true;
        continue;
      }
      int c = Comparisons.compare(a, i, b, i);
      out[i] = switch (operator) {
        case EQUAL -> c == 0;
        case NOT_EQUAL -> c != 0;
        case LESS_THAN -> c < 0;
        case LESS_OR_EQUAL -> c <= 0;
        case GREATER_THAN -> c > 0;
        case GREATER_OR_EQUAL -> c >= 0;
        default -> throw new IllegalStateException("not a comparison: " + operator);
      };
    }
    return new Column(DataType.BOOLEAN, out, nulls, rows);
  }
}
