package org.orrery.sql.ast.model;

import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW AI_DEVICES}.
 */
public record ShowAiDevices() implements Statement {
  @Override
  public StatementFamily family() {
    return StatementFamily.MODEL;
  }
}
