package org.orrery.sql.ast.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.expression.Literal;

/**
 * {@code CALL INFERENCE(model, 'input query', name=value, ...)}; the input query is kept as text
 * and parsed when it runs.
 */
public record CallInference(
    String modelId,
    String inputSql,
    Map<String, Literal> parameters) implements Statement {
  public CallInference {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(inputSql, "inputSql");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.MODEL;
  }
}
