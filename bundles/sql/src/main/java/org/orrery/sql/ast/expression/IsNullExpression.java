package org.orrery.sql.ast.expression;

import java.util.Objects;

/**
 * {@code value IS [NOT] NULL}.
 *
 * @param negated true for IS NOT NULL
 */
public record IsNullExpression(Expression value, boolean negated) implements Expression {
  public IsNullExpression {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitIsNull(this);
  }
}
