package org.orrery.sql.ast.metadata;

import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW [LATEST] TIMESERIES [pattern] [WHERE ...] [LIMIT n] [OFFSET m]}; LATEST orders by
 * the last timestamp, newest first.
 */
public record ShowTimeseries(
    Optional<PartialPath> pattern,
    boolean latest,
    Optional<TimeseriesFilter> filter,
    Paging paging) implements Statement {
  public ShowTimeseries {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(paging, "paging");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.METADATA;
  }
}
