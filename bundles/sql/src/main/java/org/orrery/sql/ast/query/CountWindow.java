package org.orrery.sql.ast.query;

import java.util.Objects;
import org.orrery.sql.ast.expression.Expression;

/**
 * {@code GROUP BY COUNT(expression, size[, ignoreNull=bool])}: segments of {@code size} rows.
 *
 * @param ignoreNull IoTDB default true
 */
public record CountWindow(
    Expression control,
    long size,
    boolean ignoreNull) implements WindowGrouping {
  public CountWindow {
    Objects.requireNonNull(control, "control");
  }
}
