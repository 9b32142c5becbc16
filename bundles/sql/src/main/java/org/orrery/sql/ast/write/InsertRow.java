package org.orrery.sql.ast.write;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.orrery.common.time.TimePoint;
import org.orrery.sql.ast.expression.Literal;

/**
 * One parenthesised row of VALUES.
 *
 * @param time the time column value when the statement names one
 * @param values one value per measurement
 */
public record InsertRow(Optional<TimePoint> time, List<Literal> values) {
  public InsertRow {
    Objects.requireNonNull(time, "time");
    values = List.copyOf(values);
  }
}
