package org.orrery.sql.ast.model;

import java.util.Objects;
import java.util.Optional;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW MODELS [id]}.
 */
public record ShowModels(Optional<String> modelId) implements Statement {
  public ShowModels {
    Objects.requireNonNull(modelId, "modelId");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.MODEL;
  }
}
