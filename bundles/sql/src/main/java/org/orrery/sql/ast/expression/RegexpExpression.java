package org.orrery.sql.ast.expression;

import java.util.Objects;

/**
 * {@code value [NOT] REGEXP 'regex'} with a Java regular expression.
 */
public record RegexpExpression(
    Expression value,
    String pattern,
    boolean negated) implements Expression {
  public RegexpExpression {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitRegexp(this);
  }
}
