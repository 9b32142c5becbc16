package org.orrery.sql.ast.plugin;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code DROP FUNCTION name}.
 */
public record DropFunction(String name) implements Statement {
  public DropFunction {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.PLUGIN;
  }
}
