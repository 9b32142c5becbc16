package org.orrery.sql.ast.metadata;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code COUNT TIMESERIES [pattern] [WHERE ...] [GROUP BY LEVEL = n]}.
 */
public record CountTimeseries(
    Optional<PartialPath> pattern,
    Optional<TimeseriesFilter> filter,
    OptionalInt groupByLevel) implements Statement {
  public CountTimeseries {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(groupByLevel, "groupByLevel");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.METADATA;
  }
}
