package org.orrery.sql.ast.model;

import java.util.List;
import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code LOAD MODEL id TO DEVICES 'cpu,0,1'} (or a list of device ids).
 */
public record LoadModel(String modelId, List<String> devices) implements Statement {
  public LoadModel {
    Objects.requireNonNull(modelId, "modelId");
    devices = List.copyOf(devices);
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.MODEL;
  }
}
