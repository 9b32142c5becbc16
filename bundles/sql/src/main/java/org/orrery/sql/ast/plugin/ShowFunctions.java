package org.orrery.sql.ast.plugin;

import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW FUNCTIONS}.
 */
public record ShowFunctions() implements Statement {
  @Override
  public StatementFamily family() {
    return StatementFamily.PLUGIN;
  }
}
