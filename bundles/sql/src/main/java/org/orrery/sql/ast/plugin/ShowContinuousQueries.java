package org.orrery.sql.ast.plugin;

import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW CONTINUOUS QUERIES} or {@code SHOW CQS}.
 */
public record ShowContinuousQueries() implements Statement {
  @Override
  public StatementFamily family() {
    return StatementFamily.PLUGIN;
  }
}
