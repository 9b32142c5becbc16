package org.orrery.sql.ast.plugin;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code DROP CONTINUOUS QUERY|CQ name}.
 */
public record DropContinuousQuery(String name) implements Statement {
  public DropContinuousQuery {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.PLUGIN;
  }
}
