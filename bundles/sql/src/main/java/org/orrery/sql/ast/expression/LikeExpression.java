package org.orrery.sql.ast.expression;

import java.util.Objects;

/**
 * {@code value [NOT] LIKE 'pattern'} where {@code %} matches any run and {@code _} one character.
 */
public record LikeExpression(
    Expression value,
    String pattern,
    boolean negated) implements Expression {
  public LikeExpression {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitLike(this);
  }
}
