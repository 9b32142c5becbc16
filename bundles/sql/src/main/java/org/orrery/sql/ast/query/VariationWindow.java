package org.orrery.sql.ast.query;

import java.util.Objects;
import org.orrery.sql.ast.expression.Expression;

/**
 * {@code GROUP BY VARIATION(expression[, delta][, ignoreNull=bool])}: a new segment starts when
 * the value moves more than delta away from the first of the segment.
 *
 * @param delta IoTDB default 0
 * @param ignoreNull IoTDB default true
 */
public record VariationWindow(
    Expression control,
    double delta,
    boolean ignoreNull) implements WindowGrouping {
  public VariationWindow {
    Objects.requireNonNull(control, "control");
  }
}
