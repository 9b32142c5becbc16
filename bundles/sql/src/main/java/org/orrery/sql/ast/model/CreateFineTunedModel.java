package org.orrery.sql.ast.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code CREATE MODEL id [WITH HYPERPARAMETERS (k=v, ...)] FROM MODEL base ON DATASET (PATH ...,
 * ...)}.
 */
public record CreateFineTunedModel(
    String modelId,
    Map<String, String> hyperparameters,
    String baseModelId,
    List<DatasetItem> dataset) implements Statement {
  public CreateFineTunedModel {
    Objects.requireNonNull(modelId, "modelId");
    hyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
    Objects.requireNonNull(baseModelId, "baseModelId");
    dataset = List.copyOf(dataset);
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.MODEL;
  }
}
