package org.orrery.sql.ast.query;

import java.util.Objects;
import java.util.Optional;
import org.orrery.sql.ast.expression.Expression;

/**
 * One result column: an expression with an optional alias ({@code AS name}).
 */
public record SelectItem(Expression expression, Optional<String> alias) {
  public SelectItem {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(alias, "alias");
  }
}
