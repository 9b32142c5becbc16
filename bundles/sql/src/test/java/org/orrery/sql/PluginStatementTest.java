package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.orrery.sql.Fixtures.kv;
import static org.orrery.sql.Fixtures.p;

import java.util.Map;
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
import org.orrery.sql.ast.plugin.CreateContinuousQuery;
import org.orrery.sql.ast.plugin.CreateFunction;
import org.orrery.sql.ast.plugin.CreateTrigger;
import org.orrery.sql.ast.plugin.DropContinuousQuery;
import org.orrery.sql.ast.plugin.DropFunction;
import org.orrery.sql.ast.plugin.DropTrigger;
import org.orrery.sql.ast.plugin.ShowContinuousQueries;
import org.orrery.sql.ast.plugin.ShowFunctions;
import org.orrery.sql.ast.plugin.ShowTriggers;
import org.orrery.sql.ast.plugin.TimeoutPolicy;
import org.orrery.sql.ast.plugin.TriggerEvent;
import org.orrery.sql.ast.plugin.TriggerKind;

/** UDF, trigger and continuous query statements from the database programming guide (seed 002). */
class PluginStatementTest {

  static Stream<Arguments> statements() {
    return Stream.of(
        Arguments.of(
            "CREATE FUNCTION example AS 'org.apache.iotdb.udf.UDTFExample'",
            new CreateFunction("example", "org.apache.iotdb.udf.UDTFExample", Optional.empty())),
        Arguments.of(
            "CREATE FUNCTION example AS 'org.apache.iotdb.udf.UDTFExample' USING URI 'http://jar/example.jar'",
            new CreateFunction("example", "org.apache.iotdb.udf.UDTFExample", Optional.of("http://jar/example.jar"))),
        Arguments.of(
            "CREATE FUNCTION `111` AS 'org.apache.iotdb.udf.UDTFExample'",
            new CreateFunction("111", "org.apache.iotdb.udf.UDTFExample", Optional.empty())),
        Arguments.of(
            "CREATE FUNCTION example AS \"org.apache.iotdb.udf.ExampleUDTF\"",
            new CreateFunction("example", "org.apache.iotdb.udf.ExampleUDTF", Optional.empty())),
        Arguments.of("DROP FUNCTION example", new DropFunction("example")),
        Arguments.of("SHOW FUNCTIONS", new ShowFunctions()),
        Arguments.of(
            "CREATE STATELESS TRIGGER triggerTest BEFORE INSERT ON root.sg.** AS"
                + " 'org.apache.iotdb.trigger.ClusterAlertingExample' USING URI '/jar/ClusterAlertingExample.jar'"
                + " WITH (\"name\" = \"trigger\", \"limit\" = \"100\")",
            new CreateTrigger(
                "triggerTest",
                Optional.of(TriggerKind.STATELESS),
                TriggerEvent.BEFORE_INSERT,
                p("root.sg.**"),
                "org.apache.iotdb.trigger.ClusterAlertingExample",
                Optional.of("/jar/ClusterAlertingExample.jar"),
                kv("name", "trigger", "limit", "100"))),
        Arguments.of(
            "CREATE STATEFUL TRIGGER t2 AFTER INSERT ON root.sg.d1.s1 AS 'org.example.T'",
            new CreateTrigger(
                "t2", Optional.of(TriggerKind.STATEFUL), TriggerEvent.AFTER_INSERT, p("root.sg.d1.s1"),
                "org.example.T", Optional.empty(), Map.of())),
        Arguments.of(
            "CREATE TRIGGER `alert.``listener-sg1d1s1` AFTER INSERT ON root.sg1.d1.s1 AS"
                + " 'org.apache.iotdb.db.storageengine.trigger.example.AlertListener' WITH ('lo' = '0', 'hi' = '100.0')",
            new CreateTrigger(
                "alert.`listener-sg1d1s1",
                Optional.empty(),
                TriggerEvent.AFTER_INSERT,
                p("root.sg1.d1.s1"),
                "org.apache.iotdb.db.storageengine.trigger.example.AlertListener",
                Optional.empty(),
                kv("lo", "0", "hi", "100.0"))),
        Arguments.of("DROP TRIGGER triggerTest1", new DropTrigger("triggerTest1")),
        Arguments.of("SHOW TRIGGERS", new ShowTriggers()),
        Arguments.of("SHOW CONTINUOUS QUERIES;", new ShowContinuousQueries()),
        Arguments.of("SHOW CQS", new ShowContinuousQueries()),
        Arguments.of("DROP CONTINUOUS QUERY s1_count_cq;", new DropContinuousQuery("s1_count_cq")),
        Arguments.of("DROP CQ cq1", new DropContinuousQuery("cq1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void parsesDocumentedStatement(String sql, Statement expected) {
    Statement statement = SqlParser.parseStatement(sql);
    assertEquals(expected, statement);
    assertEquals(StatementFamily.PLUGIN, statement.family());
  }

  private static CreateContinuousQuery cq(String sql) {
    return (CreateContinuousQuery) SqlParser.parseStatement(sql);
  }

  @Test
  void continuousQueryWithEvery() {
    CreateContinuousQuery cq =
        cq("CREATE CONTINUOUS QUERY cq1\nRESAMPLE EVERY 20s\nBEGIN\nSELECT max_value(temperature)\n"
            + "  INTO root.ln.wf02.wt02(temperature_max), root.ln.wf02.wt01(temperature_max),"
            + " root.ln.wf01.wt02(temperature_max), root.ln.wf01.wt01(temperature_max)\n"
            + "  FROM root.ln.*.*\n  GROUP BY(10s)\nEND");
    assertEquals("cq1", cq.name());
    assertEquals(Optional.of(TimeDuration.parse("20s")), cq.every());
    assertEquals(Optional.empty(), cq.rangeStart());
    assertEquals(Optional.empty(), cq.boundary());
    assertEquals(Optional.empty(), cq.timeoutPolicy());
    assertEquals(
        "select=[max_value(temperature)] into=[root.ln.wf02.wt02(temperature_max),"
            + " root.ln.wf02.wt01(temperature_max), root.ln.wf01.wt02(temperature_max),"
            + " root.ln.wf01.wt01(temperature_max)] from=[root.ln.*.*] groupBy=time(10s)",
        Shapes.of(cq.query()));
    assertEquals(
        "SELECT max_value(temperature)\n  INTO root.ln.wf02.wt02(temperature_max), root.ln.wf02.wt01(temperature_max),"
            + " root.ln.wf01.wt02(temperature_max), root.ln.wf01.wt01(temperature_max)\n"
            + "  FROM root.ln.*.*\n  GROUP BY(10s)",
        cq.queryText());
  }

  @Test
  void continuousQueryWithRange() {
    CreateContinuousQuery cq =
        cq("CREATE CONTINUOUS QUERY cq2 RESAMPLE RANGE 40s BEGIN SELECT max_value(temperature)"
            + " INTO root.ln.wf02.wt02(temperature_max) FROM root.ln.*.* GROUP BY(10s) END");
    assertEquals(Optional.empty(), cq.every());
    assertEquals(Optional.of(TimeDuration.parse("40s")), cq.rangeStart());
    assertEquals(Optional.empty(), cq.rangeEnd());
  }

  @Test
  void continuousQueryWithEveryRangeAndEndOffsetAndFill() {
    CreateContinuousQuery cq =
        cq("CREATE CONTINUOUS QUERY cq4 RESAMPLE EVERY 20s RANGE 40s, 20s BEGIN SELECT max_value(temperature)"
            + " INTO root.ln.wf02.wt02(temperature_max) FROM root.ln.*.* GROUP BY(10s) FILL(100.0) END");
    assertEquals(Optional.of(TimeDuration.parse("20s")), cq.every());
    assertEquals(Optional.of(TimeDuration.parse("40s")), cq.rangeStart());
    assertEquals(Optional.of(TimeDuration.parse("20s")), cq.rangeEnd());
    assertEquals(
        "select=[max_value(temperature)] into=[root.ln.wf02.wt02(temperature_max)] from=[root.ln.*.*]"
            + " groupBy=time(10s) fill=const(100.0)",
        Shapes.of(cq.query()));
  }

  @Test
  void continuousQueryWithoutGroupBy() {
    CreateContinuousQuery cq =
        cq("CREATE CONTINUOUS QUERY cq5 RESAMPLE EVERY 20s BEGIN SELECT temperature + 1"
            + " INTO root.precalculated_sg.::(temperature) FROM root.ln.*.* align by device END");
    assertEquals(
        "select=[(+ temperature 1)] into=[root.precalculated_sg.::(temperature)] from=[root.ln.*.*]"
            + " alignBy=DEVICE",
        Shapes.of(cq.query()));
  }

  @Test
  void continuousQueryWithBoundaryAndPolicy() {
    CreateContinuousQuery cq =
        cq("CREATE CQ s1_count_cq RESAMPLE EVERY 30m BOUNDARY 2022-01-01T00:00:00 RANGE 30m"
            + " TIMEOUT POLICY DISCARD BEGIN SELECT count(s1) INTO root.sg_count.d(count_s1)"
            + " FROM root.sg.d GROUP BY(30m) END");
    assertEquals(
        Optional.of(TimePoint.ofDateTime(DateTimeLiteral.parse("2022-01-01T00:00:00"))), cq.boundary());
    assertEquals(Optional.of(TimeoutPolicy.DISCARD), cq.timeoutPolicy());
    assertEquals(
        Optional.of(TimePoint.ofEpoch(0)),
        cq("CREATE CQ c RESAMPLE BOUNDARY 0 TIMEOUT POLICY BLOCKED BEGIN SELECT count(s1)"
            + " INTO root.a.b(c) FROM root.sg.d GROUP BY(30m) END").boundary());
  }

  @Test
  void quotedContinuousQueryName() {
    assertEquals(
        "test.cq",
        cq("CREATE CONTINUOUS QUERY `test.cq` BEGIN SELECT max_value(temperature) INTO root.a.b(t_max)"
            + " FROM root.ln.*.* GROUP BY(10s) END").name());
  }
}
