package org.orrery.sql.ast.schema;

import java.util.List;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code DELETE TIMESERIES} / {@code DROP TIMESERIES} with one or more path patterns.
 */
public record DeleteTimeseries(List<PartialPath> patterns) implements Statement {
  public DeleteTimeseries {
    patterns = List.copyOf(patterns);
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.SCHEMA;
  }
}
