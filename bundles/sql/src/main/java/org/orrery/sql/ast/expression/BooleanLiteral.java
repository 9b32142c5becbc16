package org.orrery.sql.ast.expression;

/**
 * {@code TRUE} or {@code FALSE}, in any letter case.
 */
public record BooleanLiteral(boolean value) implements Literal {
  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBoolean(this);
  }
}
