package org.orrery.sql.ast.expression;

/**
 * An integer constant such as {@code 42}; a leading minus sign is folded into the value.
 */
public record IntegerLiteral(long value) implements Literal {
  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitInteger(this);
  }
}
