package org.orrery.sql.ast.expression;

import java.util.Objects;
import org.orrery.common.time.TimeDuration;

/**
 * A duration such as {@code 1d} in an expression, e.g. {@code now() - 1d}.
 */
public record DurationConstant(TimeDuration value) implements Literal {
  public DurationConstant {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitDuration(this);
  }
}
