package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.query.QueryStatement;

/** SELECT statements of the IoTDB 1.3 documentation and their expected structure. */
class QueryStatementTest {

  static List<Arguments> queries() {
    return Cases.load("queries.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void parsesDocumentedQuery(String sql, String expectedShape) {
    if (expectedShape == null) {
      assertThrows(SqlSyntaxException.class, () -> SqlParser.parse(sql));
      return;
    }
    Statement statement = SqlParser.parseStatement(sql);
    assertEquals(StatementFamily.QUERY, statement.family());
    QueryStatement query = assertInstanceOf(QueryStatement.class, statement);
    assertEquals(expectedShape, Shapes.of(query));
  }
}
