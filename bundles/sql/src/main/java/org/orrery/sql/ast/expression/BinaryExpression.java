package org.orrery.sql.ast.expression;

import java.util.Objects;

/**
 * An arithmetic, comparison or logical operation with two operands.
 */
public record BinaryExpression(
    BinaryOperator operator,
    Expression left,
    Expression right) implements Expression {
  public BinaryExpression {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBinary(this);
  }
}
