package org.orrery.sql.ast.query;

import java.util.Objects;
import java.util.Optional;
import org.orrery.sql.ast.expression.Expression;

/**
 * One ORDER BY item.
 *
 * @param expression present exactly when the key is EXPRESSION
 * @param nulls absent when not written (IoTDB then puts nulls last)
 */
public record OrderItem(
    SortKey key,
    Optional<Expression> expression,
    boolean descending,
    Optional<NullOrdering> nulls) {
  public OrderItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(nulls, "nulls");
    if ((key == SortKey.EXPRESSION) != expression.isPresent()) {
      throw new IllegalArgumentException("sort key " + key + " with expression " + expression);
    }
  }
}
