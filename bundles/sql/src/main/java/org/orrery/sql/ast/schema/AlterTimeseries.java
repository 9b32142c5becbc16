package org.orrery.sql.ast.schema;

import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code ALTER TIMESERIES root.sg.d.s <action>}.
 */
public record AlterTimeseries(PartialPath series, AlterAction action) implements Statement {
  public AlterTimeseries {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(action, "action");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.SCHEMA;
  }
}
