package org.orrery.sql.ast.query;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code EXPLAIN <select>}: shows the plan the engine would run the query with, without running
 * it.
 */
public record ExplainStatement(QueryStatement query) implements Statement {
  public ExplainStatement {
    Objects.requireNonNull(query, "query");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.QUERY;
  }
}
