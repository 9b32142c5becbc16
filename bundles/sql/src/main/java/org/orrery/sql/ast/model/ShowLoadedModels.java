package org.orrery.sql.ast.model;

import java.util.List;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW LOADED MODELS [device, ...]}.
 *
 * @param devices empty for all devices
 */
public record ShowLoadedModels(List<String> devices) implements Statement {
  public ShowLoadedModels {
    devices = List.copyOf(devices);
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.MODEL;
  }
}
