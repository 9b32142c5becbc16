package org.orrery.sql.ast.expression;

import java.util.Objects;

/**
 * Unary minus, unary plus or logical NOT.
 */
public record UnaryExpression(UnaryOperator operator, Expression operand) implements Expression {
  public UnaryExpression {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(operand, "operand");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitUnary(this);
  }
}
