package org.orrery.sql.ast.model;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code CREATE MODEL id USING URI 'uri'}: registers a model from a directory or archive.
 */
public record CreateModel(String modelId, String uri) implements Statement {
  public CreateModel {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(uri, "uri");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.MODEL;
  }
}
