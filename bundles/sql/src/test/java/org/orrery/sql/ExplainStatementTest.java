package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.query.ExplainStatement;
import org.orrery.sql.ast.query.QueryStatement;

/** {@code EXPLAIN <select>} of IoTDB 1.3's query analysis statements. */
class ExplainStatementTest {

  @Test
  void explainWrapsTheQueryItExplains() {
    Statement statement = SqlParser.parseStatement("explain select s1 from root.sg.d1 where time > 10 limit 5");
    assertEquals(StatementFamily.QUERY, statement.family());
    QueryStatement query = assertInstanceOf(ExplainStatement.class, statement).query();
    assertEquals(SqlParser.parseStatement("select s1 from root.sg.d1 where time > 10 limit 5"), query);
  }

  @Test
  void keywordIgnoresLetterCaseAndStaysUsableAsAName() {
    assertInstanceOf(ExplainStatement.class, SqlParser.parseStatement("ExPlAiN SELECT * FROM root.sg.**"));
    // IoTDB's own example writes to root.explain.data: the word is not reserved.
    QueryStatement query = assertInstanceOf(QueryStatement.class,
        SqlParser.parseStatement("select explain from root.explain.data"));
    assertEquals("explain", ((PathExpression) query.selectItems().get(0).expression()).path().toString());
  }

  @Test
  void onlyQueriesCanBeExplained() {
    SqlSyntaxException error = assertThrows(SqlSyntaxException.class,
        () -> SqlParser.parse("explain insert into root.sg.d1(time, s1) values (1, 1)"));
    assertTrue(error.getMessage().contains("insert"), error.getMessage());
    assertThrows(SqlSyntaxException.class, () -> SqlParser.parse("explain"));
  }
}
