package org.orrery.sql;

import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.query.QueryStatement;

/** Parses a lone expression by wrapping it in a query, for building expected values. */
final class SqlParserSupport {
  private SqlParserSupport() {}

  static Expression expression(String text) {
    QueryStatement query = (QueryStatement) SqlParser.parseStatement("select s from root.x where " + text);
    return query.where().get();
  }
}
