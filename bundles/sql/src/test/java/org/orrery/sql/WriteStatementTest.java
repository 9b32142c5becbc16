package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.sql.Fixtures.p;
import static org.orrery.sql.Fixtures.paths;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orrery.common.time.DateTimeLiteral;
import org.orrery.common.time.TimeDuration;
import org.orrery.common.time.TimePoint;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.DateTimeConstant;
import org.orrery.sql.ast.expression.DecimalLiteral;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.NullLiteral;
import org.orrery.sql.ast.expression.StringLiteral;
import org.orrery.sql.ast.write.DeleteData;
import org.orrery.sql.ast.write.InsertRow;
import org.orrery.sql.ast.write.InsertStatement;

/** INSERT and DELETE statements from the IoTDB 1.3 documentation. */
class WriteStatementTest {

  private static InsertRow row(long time, Literal... values) {
    return new InsertRow(Optional.of(TimePoint.ofEpoch(time)), List.of(values));
  }

  private static InsertRow row(TimePoint time, Literal... values) {
    return new InsertRow(Optional.of(time), List.of(values));
  }

  private static InsertRow untimed(Literal... values) {
    return new InsertRow(Optional.empty(), List.of(values));
  }

  private static DateTimeLiteral dt(String text) {
    return DateTimeLiteral.parse(text);
  }

  static Stream<Arguments> statements() {
    return Stream.of(
        Arguments.of(
            "insert into root.ln.wf02.wt02(timestamp,status) values(1,true)",
            new InsertStatement(p("root.ln.wf02.wt02"), false, List.of("status"), List.of(row(1, new BooleanLiteral(true))))),
        Arguments.of(
            "insert into root.ln.wf02.wt02(timestamp,hardware) values(1, 'v1')",
            new InsertStatement(p("root.ln.wf02.wt02"), false, List.of("hardware"), List.of(row(1, new StringLiteral("v1"))))),
        Arguments.of(
            "insert into root.ln.wf02.wt02(timestamp,hardware) values(1, \"v1\")",
            new InsertStatement(p("root.ln.wf02.wt02"), false, List.of("hardware"), List.of(row(1, new StringLiteral("v1"))))),
        Arguments.of(
            "insert into root.ln.wf02.wt02(timestamp, status, hardware) VALUES (2, false, 'v2')",
            new InsertStatement(
                p("root.ln.wf02.wt02"), false, List.of("status", "hardware"),
                List.of(row(2, new BooleanLiteral(false), new StringLiteral("v2"))))),
        Arguments.of(
            "insert into root.ln.wf02.wt02(timestamp, status, hardware) VALUES (3, false, 'v3'),(4, true, 'v4')",
            new InsertStatement(
                p("root.ln.wf02.wt02"), false, List.of("status", "hardware"),
                List.of(
                    row(3, new BooleanLiteral(false), new StringLiteral("v3")),
                    row(4, new BooleanLiteral(true), new StringLiteral("v4"))))),
        Arguments.of(
            "insert into root.ln.wf02.wt02(status, hardware) values (false, 'v2')",
            new InsertStatement(
                p("root.ln.wf02.wt02"), false, List.of("status", "hardware"),
                List.of(untimed(new BooleanLiteral(false), new StringLiteral("v2"))))),
        Arguments.of(
            "insert into root.sg1.d1(time, s1, s2) aligned values(1, 1, 1)",
            new InsertStatement(
                p("root.sg1.d1"), true, List.of("s1", "s2"),
                List.of(row(1, new IntegerLiteral(1), new IntegerLiteral(1))))),
        Arguments.of(
            "insert into root.sg1.d1(time, s1, s2) aligned values(2, 2, 2), (3, 3, 3)",
            new InsertStatement(
                p("root.sg1.d1"), true, List.of("s1", "s2"),
                List.of(
                    row(2, new IntegerLiteral(2), new IntegerLiteral(2)),
                    row(3, new IntegerLiteral(3), new IntegerLiteral(3))))),
        Arguments.of(
            "INSERT INTO root.ln.wf01.wt01(timestamp,temperature) VALUES(2017-11-01T00:17:00.000+08:00,24.22028)",
            new InsertStatement(
                p("root.ln.wf01.wt01"), false, List.of("temperature"),
                List.of(row(TimePoint.ofDateTime(dt("2017-11-01T00:17:00.000+08:00")), new DecimalLiteral("24.22028"))))),
        Arguments.of(
            "INSERT INTO root.ln.wf01.wt01(timestamp,status) VALUES(NOW(), false)",
            new InsertStatement(
                p("root.ln.wf01.wt01"), false, List.of("status"),
                List.of(row(TimePoint.now(), new BooleanLiteral(false))))),
        Arguments.of(
            "insert into root.sg.d(time, s) values(now() - 1h, -3.5e2), (now(), null)",
            new InsertStatement(
                p("root.sg.d"), false, List.of("s"),
                List.of(
                    row(TimePoint.now().minus(TimeDuration.parse("1h")), new DecimalLiteral("-3.5e2")),
                    row(TimePoint.now(), new NullLiteral())))),
        Arguments.of(
            "insert into root.ln.wf02.wt02(timestamp,hardware) values(2, '\\\\')",
            new InsertStatement(p("root.ln.wf02.wt02"), false, List.of("hardware"), List.of(row(2, new StringLiteral("\\\\"))))),
        Arguments.of(
            "insert into root.sg1.d1(timestamp, s5) values(1, 1999-04-30T00:00:00.000+08:00)",
            new InsertStatement(
                p("root.sg1.d1"), false, List.of("s5"),
                List.of(row(1, new DateTimeConstant(dt("1999-04-30T00:00:00.000+08:00")))))),
        Arguments.of(
            "insert into root.sg(time, a, b) values (1, 1, 1);",
            new InsertStatement(p("root.sg"), false, List.of("a", "b"), List.of(row(1, new IntegerLiteral(1), new IntegerLiteral(1))))),
        Arguments.of(
            "INSERT INTO root.sg.`select`(TIMESTAMP,`s(0)`) VALUES(-1,1)",
            new InsertStatement(p("root.sg.`select`"), false, List.of("s(0)"), List.of(row(-1, new IntegerLiteral(1))))),
        Arguments.of(
            "delete from root.ln.wf02.wt02.status where time<=2017-11-01T16:26:00;",
            new DeleteData(paths("root.ln.wf02.wt02.status"), Optional.of(SqlParserSupport.expression("time<=2017-11-01T16:26:00")))),
        Arguments.of(
            "delete from root.ln.wf02.wt02.status where time>=2017-01-01T00:00:00 and time<=2017-11-01T16:26:00;",
            new DeleteData(
                paths("root.ln.wf02.wt02.status"),
                Optional.of(SqlParserSupport.expression("time>=2017-01-01T00:00:00 and time<=2017-11-01T16:26:00")))),
        Arguments.of("delete from root.ln.wf02.wt02.status", new DeleteData(paths("root.ln.wf02.wt02.status"), Optional.empty())),
        Arguments.of(
            "delete from root.ln.wf02.wt02.* where time <= 2017-11-01T16:26:00;",
            new DeleteData(paths("root.ln.wf02.wt02.*"), Optional.of(SqlParserSupport.expression("time <= 2017-11-01T16:26:00")))),
        Arguments.of(
            "delete from root.ln.wf03.wt02.status, root.ln.wf03.wt03.* where time < now()",
            new DeleteData(
                paths("root.ln.wf03.wt02.status", "root.ln.wf03.wt03.*"),
                Optional.of(SqlParserSupport.expression("time < now()")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void parsesDocumentedStatement(String sql, Statement expected) {
    Statement statement = SqlParser.parseStatement(sql);
    assertEquals(expected, statement);
    assertEquals(StatementFamily.WRITE, statement.family());
  }

  @Test
  void timeColumnPresenceIsVisible() {
    assertTrue(((InsertStatement) SqlParser.parseStatement(
        "insert into root.a.b(time, s) values (1, 2)")).hasTimeColumn());
    assertFalse(((InsertStatement) SqlParser.parseStatement(
        "insert into root.a.b(s) values (2)")).hasTimeColumn());
  }

  @Test
  void deleteConditionStructure() {
    DeleteData delete =
        (DeleteData)
            SqlParser.parseStatement("delete from root.a.b.c where time < 20 and time > 10");
    assertEquals("(and (< time 20) (> time 10))", Shapes.of(delete.where().get()));
  }
}
