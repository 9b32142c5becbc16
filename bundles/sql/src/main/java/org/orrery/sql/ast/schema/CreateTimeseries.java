package org.orrery.sql.ast.schema;

import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code CREATE TIMESERIES root.sg.d.s [(alias)] WITH DATATYPE=..., ...} or the short form {@code
 * CREATE TIMESERIES root.sg.d.s INT32 encoding=RLE}.
 *
 * @param alias the measurement alias in parentheses
 */
public record CreateTimeseries(
    PartialPath series,
    Optional<String> alias,
    SeriesDefinition definition) implements Statement {
  public CreateTimeseries {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(definition, "definition");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.SCHEMA;
  }
}
