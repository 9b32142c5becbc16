package org.orrery.sql.ast.expression;

/**
 * {@code now()}: the time the statement starts executing, read from the clock of the caller.
 */
public record NowExpression() implements Expression {
  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitNow(this);
  }
}
