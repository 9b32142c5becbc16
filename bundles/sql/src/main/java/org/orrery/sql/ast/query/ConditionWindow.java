package org.orrery.sql.ast.query;

import java.util.Objects;
import org.orrery.sql.ast.expression.Expression;

/**
 * {@code GROUP BY CONDITION(predicate, [KEEP op] n[, ignoreNull=bool])}: segments of consecutive
 * rows where the predicate holds.
 *
 * @param ignoreNull IoTDB default true
 */
public record ConditionWindow(
    Expression predicate,
    KeepCondition keep,
    boolean ignoreNull) implements WindowGrouping {
  public ConditionWindow {
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(keep, "keep");
  }
}
