package org.orrery.sql.ast.expression;

import java.util.Objects;

/**
 * {@code value [NOT] BETWEEN lower AND upper}, bounds included.
 *
 * @param negated true for NOT BETWEEN
 */
public record BetweenExpression(
    Expression value,
    Expression lower,
    Expression upper,
    boolean negated) implements Expression {
  public BetweenExpression {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBetween(this);
  }
}
