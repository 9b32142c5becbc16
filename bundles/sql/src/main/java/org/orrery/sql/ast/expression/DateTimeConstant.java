package org.orrery.sql.ast.expression;

import java.util.Objects;
import org.orrery.common.time.DateTimeLiteral;

/**
 * A datetime written without quotes, e.g. {@code 2017-11-01T00:00:00+08:00}; it becomes a
 * timestamp once the session zone and precision are known.
 */
public record DateTimeConstant(DateTimeLiteral value) implements Literal {
  public DateTimeConstant {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitDateTime(this);
  }
}
