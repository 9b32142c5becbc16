package org.orrery.sql.ast.model;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code DROP MODEL id}.
 */
public record DropModel(String modelId) implements Statement {
  public DropModel {
    Objects.requireNonNull(modelId, "modelId");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.MODEL;
  }
}
