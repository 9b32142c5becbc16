package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.orrery.sql.Fixtures.p;
import static org.orrery.sql.Fixtures.paths;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orrery.common.type.DataType;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.metadata.CountDatabases;
import org.orrery.sql.ast.metadata.CountDevices;
import org.orrery.sql.ast.metadata.CountNodes;
import org.orrery.sql.ast.metadata.CountTimeseries;
import org.orrery.sql.ast.metadata.DataTypeIs;
import org.orrery.sql.ast.metadata.NameContains;
import org.orrery.sql.ast.metadata.Paging;
import org.orrery.sql.ast.metadata.ShowChildNodes;
import org.orrery.sql.ast.metadata.ShowChildPaths;
import org.orrery.sql.ast.metadata.ShowDatabases;
import org.orrery.sql.ast.metadata.ShowDevices;
import org.orrery.sql.ast.metadata.ShowTimeseries;
import org.orrery.sql.ast.metadata.ShowTtl;
import org.orrery.sql.ast.metadata.ShowVersion;
import org.orrery.sql.ast.metadata.TagContains;
import org.orrery.sql.ast.metadata.TagEquals;

/** SHOW and COUNT statements from the IoTDB 1.3 documentation. */
class MetadataStatementTest {
  private static final Optional<org.orrery.common.path.PartialPath> ALL = Optional.empty();

  private static Paging page(long limit, long offset) {
    return new Paging(OptionalLong.of(limit), OptionalLong.of(offset));
  }

  static Stream<Arguments> statements() {
    return Stream.of(
        Arguments.of("SHOW DATABASES", new ShowDatabases(ALL, false)),
        Arguments.of("SHOW DATABASES root.**", new ShowDatabases(Optional.of(p("root.**")), false)),
        Arguments.of("SHOW DATABASES DETAILS", new ShowDatabases(ALL, true)),
        Arguments.of("show databases details root.db*", new ShowDatabases(Optional.of(p("root.db*")), true)),
        Arguments.of("SHOW STORAGE GROUP", new ShowDatabases(ALL, false)),
        Arguments.of("count databases", new CountDatabases(ALL)),
        Arguments.of("count databases root.*", new CountDatabases(Optional.of(p("root.*")))),
        Arguments.of("count databases root.sgcc.*", new CountDatabases(Optional.of(p("root.sgcc.*")))),
        Arguments.of("count databases root.sgcc", new CountDatabases(Optional.of(p("root.sgcc")))),
        Arguments.of("show devices", new ShowDevices(ALL, false, Optional.empty(), Paging.NONE)),
        Arguments.of("show devices root.ln.**", new ShowDevices(Optional.of(p("root.ln.**")), false, Optional.empty(), Paging.NONE)),
        Arguments.of(
            "show devices root.ln.** where device contains 't'",
            new ShowDevices(Optional.of(p("root.ln.**")), false, Optional.of("t"), Paging.NONE)),
        Arguments.of("show devices with database", new ShowDevices(ALL, true, Optional.empty(), Paging.NONE)),
        Arguments.of(
            "show devices root.ln.** with database",
            new ShowDevices(Optional.of(p("root.ln.**")), true, Optional.empty(), Paging.NONE)),
        Arguments.of(
            "show devices root.** limit 10 offset 20",
            new ShowDevices(Optional.of(p("root.**")), false, Optional.empty(), page(10, 20))),
        Arguments.of("count devices", new CountDevices(ALL)),
        Arguments.of("count devices root.ln.**", new CountDevices(Optional.of(p("root.ln.**")))),
        Arguments.of("show timeseries", new ShowTimeseries(ALL, false, Optional.empty(), Paging.NONE)),
        Arguments.of("show timeseries root.**", new ShowTimeseries(Optional.of(p("root.**")), false, Optional.empty(), Paging.NONE)),
        Arguments.of(
            "show timeseries root.ln.** limit 10 offset 10",
            new ShowTimeseries(Optional.of(p("root.ln.**")), false, Optional.empty(), page(10, 10))),
        Arguments.of(
            "show timeseries root.ln.** offset 5 limit 2",
            new ShowTimeseries(Optional.of(p("root.ln.**")), false, Optional.empty(), page(2, 5))),
        Arguments.of(
            "show timeseries root.ln.** limit 3",
            new ShowTimeseries(
                Optional.of(p("root.ln.**")), false, Optional.empty(), new Paging(OptionalLong.of(3), OptionalLong.empty()))),
        Arguments.of(
            "show timeseries root.ln.** where timeseries contains 'wf01.wt'",
            new ShowTimeseries(Optional.of(p("root.ln.**")), false, Optional.of(new NameContains("wf01.wt")), Paging.NONE)),
        Arguments.of(
            "show timeseries root.ln.** where dataType=FLOAT",
            new ShowTimeseries(Optional.of(p("root.ln.**")), false, Optional.of(new DataTypeIs(DataType.FLOAT)), Paging.NONE)),
        Arguments.of(
            "show timeseries root.ln.** where TAGS(unit)='c'",
            new ShowTimeseries(Optional.of(p("root.ln.**")), false, Optional.of(new TagEquals("unit", "c")), Paging.NONE)),
        Arguments.of(
            "show timeseries root.ln.** where TAGS(description) contains 'test1'",
            new ShowTimeseries(
                Optional.of(p("root.ln.**")), false, Optional.of(new TagContains("description", "test1")), Paging.NONE)),
        Arguments.of(
            "show timeseries where TAGS(tag1)='v1'",
            new ShowTimeseries(ALL, false, Optional.of(new TagEquals("tag1", "v1")), Paging.NONE)),
        Arguments.of("SHOW LATEST TIMESERIES", new ShowTimeseries(ALL, true, Optional.empty(), Paging.NONE)),
        Arguments.of(
            "show latest timeseries root.sg.** limit 1",
            new ShowTimeseries(
                Optional.of(p("root.sg.**")), true, Optional.empty(), new Paging(OptionalLong.of(1), OptionalLong.empty()))),
        Arguments.of("COUNT TIMESERIES root.**", new CountTimeseries(Optional.of(p("root.**")), Optional.empty(), OptionalInt.empty())),
        Arguments.of(
            "COUNT TIMESERIES root.ln.*.*.status",
            new CountTimeseries(Optional.of(p("root.ln.*.*.status")), Optional.empty(), OptionalInt.empty())),
        Arguments.of(
            "COUNT TIMESERIES root.** WHERE TIMESERIES contains 'sgcc'",
            new CountTimeseries(Optional.of(p("root.**")), Optional.of(new NameContains("sgcc")), OptionalInt.empty())),
        Arguments.of(
            "COUNT TIMESERIES root.** WHERE DATATYPE = INT64",
            new CountTimeseries(Optional.of(p("root.**")), Optional.of(new DataTypeIs(DataType.INT64)), OptionalInt.empty())),
        Arguments.of(
            "COUNT TIMESERIES root.** WHERE TAGS(unit) contains 'c'",
            new CountTimeseries(Optional.of(p("root.**")), Optional.of(new TagContains("unit", "c")), OptionalInt.empty())),
        Arguments.of(
            "COUNT TIMESERIES root.** WHERE TAGS(unit) = 'c'",
            new CountTimeseries(Optional.of(p("root.**")), Optional.of(new TagEquals("unit", "c")), OptionalInt.empty())),
        Arguments.of(
            "COUNT TIMESERIES root.** WHERE TIMESERIES contains 'sgcc' group by level = 1",
            new CountTimeseries(Optional.of(p("root.**")), Optional.of(new NameContains("sgcc")), OptionalInt.of(1))),
        Arguments.of(
            "COUNT TIMESERIES root.ln.** GROUP BY LEVEL=2",
            new CountTimeseries(Optional.of(p("root.ln.**")), Optional.empty(), OptionalInt.of(2))),
        Arguments.of("count timeseries", new CountTimeseries(ALL, Optional.empty(), OptionalInt.empty())),
        Arguments.of(
            "count timeseries root.** where TAGS(unit)='c' group by level = 2",
            new CountTimeseries(Optional.of(p("root.**")), Optional.of(new TagEquals("unit", "c")), OptionalInt.of(2))),
        Arguments.of("SHOW CHILD PATHS root.ln", new ShowChildPaths(Optional.of(p("root.ln")))),
        Arguments.of("show child paths", new ShowChildPaths(ALL)),
        Arguments.of("show child nodes root", new ShowChildNodes(Optional.of(p("root")))),
        Arguments.of("SHOW CHILD NODES root.ln", new ShowChildNodes(Optional.of(p("root.ln")))),
        Arguments.of("COUNT NODES root.** LEVEL=2", new CountNodes(p("root.**"), 2)),
        Arguments.of("COUNT NODES root.ln.wf01.** LEVEL=3", new CountNodes(p("root.ln.wf01.**"), 3)),
        Arguments.of("COUNT NODES root.**.temperature LEVEL=3", new CountNodes(p("root.**.temperature"), 3)),
        Arguments.of("SHOW ALL TTL", new ShowTtl(List.of())),
        Arguments.of("show ttl", new ShowTtl(List.of())),
        Arguments.of("SHOW TTL ON root.db.**", new ShowTtl(paths("root.db.**"))),
        Arguments.of("show ttl on root.a, root.b.**", new ShowTtl(paths("root.a", "root.b.**"))),
        Arguments.of("SHOW VERSION", new ShowVersion()),
        Arguments.of("show version;", new ShowVersion()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void parsesDocumentedStatement(String sql, Statement expected) {
    Statement statement = SqlParser.parseStatement(sql);
    assertEquals(expected, statement);
    assertEquals(StatementFamily.METADATA, statement.family());
  }
}
