package org.orrery.sql.ast.plugin;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code DROP TRIGGER name}.
 */
public record DropTrigger(String name) implements Statement {
  public DropTrigger {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.PLUGIN;
  }
}
