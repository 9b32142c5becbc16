package org.orrery.sql.ast.expression;

import java.util.List;
import java.util.Objects;

/**
 * {@code value [NOT] IN (c1, c2, ...)} (also written {@code CONTAINS}).
 *
 * @param negated true for NOT IN
 */
public record InExpression(
    Expression value,
    List<Literal> candidates,
    boolean negated) implements Expression {
  public InExpression {
    Objects.requireNonNull(value, "value");
    candidates = List.copyOf(candidates);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitIn(this);
  }
}
