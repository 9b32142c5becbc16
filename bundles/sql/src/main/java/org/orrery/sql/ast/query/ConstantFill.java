package org.orrery.sql.ast.query;

import java.util.Objects;
import org.orrery.sql.ast.expression.Literal;

/**
 * {@code FILL(constant)}: a number, string or boolean.
 */
public record ConstantFill(Literal value) implements FillSpec {
  public ConstantFill {
    Objects.requireNonNull(value, "value");
  }
}
