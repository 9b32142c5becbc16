package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Values;
import org.orrery.sql.ast.expression.BinaryOperator;

/**
 * {@code + - * / %} on numbers. As in IoTDB 1.x the result is DOUBLE whatever the operand types;
 * a null operand gives null.
 */
public record Arithmetic(BinaryOperator operator, Expr left, Expr right) implements Expr {
  @Override
  public DataType type() {
    return DataType.DOUBLE;
  }

  @Override
  public Column evaluate(Block input) {
    Column a = left.evaluate(input);
    Column b = right.evaluate(input);
    int rows = input.rowCount();
    double[] out = new double[rows];
    boolean[] nulls = null;
    for (int i = 0; i < rows; i++) {
      if (a.isNull(i) || b.isNull(i)) {
        if (nulls == null) {
          nulls = new boolean[rows];
        }
        nulls[i] = true;
        continue;
      }
      double x = Values.asDouble(a, i);
      double y = Values.asDouble(b, i);
      out[i] = switch (operator) {
        case ADD -> x + y;
        case SUBTRACT -> x - y;
        case MULTIPLY -> x * y;
        case DIVIDE -> x / y;
        case MODULO -> x % y;
        default -> throw new IllegalStateException("not arithmetic: " + operator);
      };
    }
    return new Column(DataType.DOUBLE, out, nulls, rows);
  }
}
