package org.orrery.sql.ast.expression;

import java.util.Objects;
import org.orrery.common.type.DataType;

/**
 * {@code CAST(value AS type)}.
 */
public record CastExpression(Expression value, DataType type) implements Expression {
  public CastExpression {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitCast(this);
  }
}
