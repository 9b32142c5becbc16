package org.orrery.sql.ast.expression;

/**
 * {@code NULL}: no value.
 */
public record NullLiteral() implements Literal {
  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitNull(this);
  }
}
