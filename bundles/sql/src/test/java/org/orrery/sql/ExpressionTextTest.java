package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.query.QueryStatement;

/**
 * {@link Expression#toSql()} writes expressions back with parentheses only where precedence
 * needs them, and what it writes parses back to the same tree.
 */
class ExpressionTextTest {

  private static Expression select(String expression) {
    QueryStatement query =
        (QueryStatement) SqlParser.parseStatement("select " + expression + " from root.sg.d1");
    return query.selectItems().get(0).expression();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "s1 + s2 * s3 => s1 + s2 * s3",
        "(s1 + s2) * s3 => (s1 + s2) * s3",
        "s1 - (s2 - s3) => s1 - (s2 - s3)",
        "(s1 - s2) - s3 => s1 - s2 - s3",
        "-(a + b) => -(a + b)",
        "- a => -a",
        "+ s2 => +s2",
        "!(a <= b) => NOT a <= b",
        "not a > 1 and b < 2 => NOT a > 1 AND b < 2",
        "not (a > 1 and b < 2) => NOT (a > 1 AND b < 2)",
        "a > 10 && a > b => a > 10 AND a > b",
        "a = 1 || b = 2 and c = 3 => a = 1 OR b = 2 AND c = 3",
        "(a = 1 || b = 2) and c = 3 => (a = 1 OR b = 2) AND c = 3",
        "a == 1 => a = 1",
        "a <> 1 => a != 1",
        "code in ('200', '300') => code IN ('200', '300')",
        "code not in (1, -2) => code NOT IN (1, -2)",
        "t between 36.5 and 40 => t BETWEEN 36.5 AND 40",
        "v like '%c''c%' => v LIKE '%c''c%'",
        "v not regexp '^[a-z]+$' => v NOT REGEXP '^[a-z]+$'",
        "t is not null => t IS NOT NULL",
        "cast(s1 as int32) => CAST(s1 AS INT32)",
        "top_k(s1, 'k'='2') => top_k(s1, 'k'='2')",
        "count(*) => count(*)",
        "sin(a + sin(b)) => sin(a + sin(b))",
        "case x when 1 then 'one' else 'other' end => CASE x WHEN 1 THEN 'one' ELSE 'other' END",
        "case when x <= 1 then true end => CASE WHEN x <= 1 THEN true END",
        "now() - 1d2h => now() - 1d2h",
        "root.sg.`a.b` => root.sg.`a.b`",
        "d1.* => d1.*",
        "1.5e3 => 1.5e3",
        "null => null",
      })
  void rendersSql(String input, String expected) {
    Expression expression = select(input);
    assertEquals(expected, expression.toSql());
    assertEquals(expression, select(expression.toSql()));
  }
}
