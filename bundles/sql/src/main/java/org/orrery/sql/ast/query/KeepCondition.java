package org.orrery.sql.ast.query;

import java.util.Objects;
import org.orrery.sql.ast.expression.BinaryOperator;

/**
 * The {@code KEEP>=n} part of GROUP BY CONDITION: how many consecutive rows must hold; a bare
 * number means {@code KEEP>=n}.
 *
 * @param operator a comparison
 */
public record KeepCondition(BinaryOperator operator, long threshold) {
  public KeepCondition {
    Objects.requireNonNull(operator, "operator");
    if (!operator.isComparison()) {
      throw new IllegalArgumentException("KEEP needs a comparison, not " + operator);
    }
  }
}
