package org.orrery.sql.ast.query;

import java.util.List;

/**
 * {@code INTO item, ...} of SELECT INTO.
 */
public record IntoClause(List<IntoItem> items) {
  public IntoClause {
    items = List.copyOf(items);
  }
}
