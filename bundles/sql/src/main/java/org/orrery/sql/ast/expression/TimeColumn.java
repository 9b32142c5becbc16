package org.orrery.sql.ast.expression;

/**
 * The time column, written {@code time} or {@code timestamp}.
 */
public record TimeColumn() implements Expression {
  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitTimeColumn(this);
  }
}
