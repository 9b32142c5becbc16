package org.orrery.sql.ast.expression;

import java.util.Objects;

/**
 * One {@code WHEN condition THEN result} branch of a CASE expression.
 */
public record WhenClause(Expression condition, Expression result) {
  public WhenClause {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(result, "result");
  }
}
