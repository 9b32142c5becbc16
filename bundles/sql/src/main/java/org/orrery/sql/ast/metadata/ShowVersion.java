package org.orrery.sql.ast.metadata;

import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW VERSION}.
 */
public record ShowVersion() implements Statement {
  @Override
  public StatementFamily family() {
    return StatementFamily.METADATA;
  }
}
