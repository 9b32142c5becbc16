package org.orrery.sql.ast.model;

import java.util.List;
import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code UNLOAD MODEL id FROM DEVICES 'cpu,0,1'}.
 */
public record UnloadModel(String modelId, List<String> devices) implements Statement {
  public UnloadModel {
    Objects.requireNonNull(modelId, "modelId");
    devices = List.copyOf(devices);
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.MODEL;
  }
}
