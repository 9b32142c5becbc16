package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orrery.common.error.ErrorCode;

/** The messages users see for malformed SQL: position, offending token, what was expected. */
class SyntaxErrorMessageTest {

  private static SqlSyntaxException error(String sql) {
    return assertThrows(SqlSyntaxException.class, () -> SqlParser.parse(sql));
  }

  @Test
  void misspelledKeywordIsNamedWithTheKeywordExpected() {
    SqlSyntaxException e = error("select s1 FORM root.sg.d1");
    assertEquals("line 1:10 mismatched input 'FORM' expecting FROM", e.getMessage());
    assertEquals(1, e.line());
    assertEquals(10, e.column());
    assertEquals("FORM", e.offendingText());
    assertEquals(List.of("FROM"), e.expected());
    assertEquals(ErrorCode.SYNTAX_ERROR, e.code());
    assertEquals("300: line 1:10 mismatched input 'FORM' expecting FROM", e.userMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CREATE TIMESERIE root.sg.d1.s1 INT32 | line 1:7 mismatched input 'TIMESERIE' expecting TIMESERIES",
        "SELEC s1 FROM root.sg | line 1:0 mismatched input 'SELEC' expecting SELECT",
        "select s1 from root.sg.d1 were time > 1 | line 1:26 mismatched input 'were' expecting WHERE",
        "select s1 from root.sg.d1 where time > 1 limit 10 ofset 3 | line 1:50 mismatched input 'ofset' expecting OFFSET",
        "select s1 from root.sg.d1 gruop by level = 1 | line 1:26 mismatched input 'gruop' expecting GROUP",
        "show timeseries root.** limt 10 | line 1:24 mismatched input 'limt' expecting LIMIT",
        "FOO | line 1:0 mismatched input 'FOO' expecting a statement",
        "select s1 from | line 1:14 unexpected end of input expecting ROOT",
        "select s1 from sg.d1 | line 1:15 mismatched input 'sg' expecting ROOT",
        "select s1 from root.sg.d1 where s1 > | line 1:36 unexpected end of input expecting an expression",
        "select s1 from root.sg.d1 order by | line 1:34 unexpected end of input expecting an expression",
        "show timeseries root.** limit | line 1:29 unexpected end of input expecting an integer",
        "select count(s1 from root.sg.d1 | line 1:16 mismatched input 'from' expecting ')', ',', '.' or an operator",
        "select s1 from root.sg.d1 select s2 from root.sg.d1 | line 1:26 mismatched input 'select' expecting '*', ',', '.', ';', a clause (WHERE, GROUP BY, HAVING, ...) or end of input",
        "delete from root.sg.d1 where | line 1:28 unexpected end of input expecting an expression",
        "insert into root.sg.d1(time, s1) values | line 1:39 unexpected end of input expecting '('",
      })
  void readableExpectations(String sql, String message) {
    assertEquals(message, error(sql).getMessage());
  }

  @Test
  void positionsCountLinesAndColumns() {
    SqlSyntaxException e = error("select s1\nfrom root.sg.d1\n  were time > 1");
    assertEquals("line 3:2 mismatched input 'were' expecting WHERE", e.getMessage());
  }

  @Test
  void longExpectedSetsAreSummarised() {
    SqlSyntaxException e = error("select s1 from root.sg.d1 where s1 > 1 )");
    assertTrue(e.getMessage().startsWith("line 1:39 mismatched input ')' expecting "), e.getMessage());
    // Keywords that may be names and the long list of operators are summarised.
    assertTrue(e.expected().size() <= 10, e.expected().toString());
    assertTrue(e.expected().contains("an operator"), e.expected().toString());
  }

  @Test
  void unterminatedString() {
    String sql = "insert into root.sg.d(time, s) values(1, 'abc)";
    SqlSyntaxException e = error(sql);
    assertEquals("line 1:" + sql.indexOf('\'') + " unterminated string literal 'abc)", e.getMessage());
    assertEquals(
        "line 1:7 unterminated string literal \"abc",
        error("select \"abc").getMessage());
  }

  @Test
  void unterminatedQuotedNameAndComment() {
    assertEquals("line 1:19 unterminated quoted name `d1", error("select s from root.`d1").getMessage());
    assertEquals(
        "line 1:26 unterminated comment: '/*' without '*/'",
        error("select s1 from root.sg.d1 /* unterminated").getMessage());
  }

  @Test
  void strayCharacter() {
    assertEquals(
        "line 1:39 unexpected character '^'", error("select s1 from root.sg.d1 where s1 > 1 ^ 2").getMessage());
    assertEquals("line 1:7 unexpected character '#'", error("select #s from root.a").getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "create database root.sg.123 | line 1:24 node name '123' is a number; quote it with backquotes: `123`",
        "select s1 from root.sg.d1.5 | line 1:26 node name '5' is a number; quote it with backquotes: `5`",
        "create timeseries root.sg.* INT32 | line 1:18 expected a time series path without wildcards but got 'root.sg.*'",
        "create database root | line 1:16 expected a database path below root but got 'root'",
        "create timeseries root.s1 INT32 | line 1:18 a time series path needs a device and a measurement below root but got 'root.s1'",
        "insert into root.sg.*(time, s) values(1, 2) | line 1:12 expected a device path without wildcards but got 'root.sg.*'",
        "select s1 from root.sg.d** | line 1:24 mismatched input '**' expecting '*', ',', '.', ';', a clause (WHERE, GROUP BY, HAVING, ...) or end of input",
        "select s1 from root.sg.`a*` | line 1:23 quoted node name `a*` contains '*', which is reserved for wildcards",
        "select `*x` from root.sg | line 1:7 quoted node name `*x` contains '*', which is reserved for wildcards",
        "select s1 from root.sg..d1 | line 1:23 mismatched input '.' expecting '*', '**', a duration such as 1d, a name or an integer",
      })
  void malformedPaths(String sql, String message) {
    assertEquals(message, error(sql).getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "select s from root.a.b group by ([1, 10), 1x) | line 1:42 mismatched input '1x' expecting a duration such as 1d ('1x' is not a duration; units are y, mo, w, d, h, m, s, ms, us, ns)",
        "select s from root.a.b group by ([1, 10), 0ms) | line 1:42 the GROUP BY interval must be longer than 0, got 0ms",
        "select s from root.a.b group by session(0s) | line 1:40 the session gap must be longer than 0, got 0s",
        "select s from root.a.b where time > now() - 99999999999999999999d | line 1:44 duration '99999999999999999999d' is out of range",
        "select s from root.a.b fill(previous, 3kg) | line 1:38 mismatched input '3kg' expecting a duration such as 1d ('3kg' is not a duration; units are y, mo, w, d, h, m, s, ms, us, ns)",
        "select s from root.a.b fill(linear, 1m) | line 1:36 only FILL(PREVIOUS, ...) takes a time threshold, not FILL(linear, ...)",
        "select s from root.a.b fill(previous, width=1m) | line 1:38 mismatched input 'width' expecting a duration such as 1d",
        "create cq c resample every 0s begin select count(s) into root.a.b(c) from root.x group by(1s) end | line 1:27 EVERY must be longer than 0, got 0s",
      })
  void malformedDurations(String sql, String message) {
    assertEquals(message, error(sql).getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "delete from root.a.b where time < 2017-13-01 | '2017-13-01' is not a valid date",
        "delete from root.a.b where time < 2017-02-30T00:00:00 | '2017-02-30T00:00:00' is not a valid date",
        "delete from root.a.b where time < 2017-02-01T24:00:00 | '2017-02-01T24:00:00' is not a valid time",
        "insert into root.a.b(time, s) values(2017-02-01T10:00:00+25:00, 1) | has an invalid zone",
      })
  void malformedDatetimes(String sql, String problem) {
    SqlSyntaxException e = error(sql);
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().startsWith("line 1:"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "create timeseries root.sg.d.s with datatype=FLOT | line 1:44 unknown data type 'FLOT' (expected one of BOOLEAN, INT32, INT64, FLOAT, DOUBLE, TEXT, TIMESTAMP, DATE, BLOB, STRING)",
        "create timeseries root.sg.d.s with encoding=RLE | line 1:30 no DATATYPE given for time series root.sg.d.s",
        "create timeseries root.sg.d.s INT32 datatype=INT64 | line 1:36 the data type of root.sg.d.s is given twice",
        "create timeseries root.sg.d.s INT32 encoding=RLE encoding=PLAIN | line 1:49 ENCODING is given twice",
        "create timeseries root.sg.d.s INT32 tags(a=1, a=2) | line 1:46 duplicate key 'a'",
        "create aligned timeseries root.sg.d(s1 INT32, s1 INT64) | line 1:46 measurement 's1' is given twice",
        "create database root.db with replicas=3 | line 1:29 unknown database property 'replicas' (expected one of [TTL, SCHEMA_REPLICATION_FACTOR, DATA_REPLICATION_FACTOR, TIME_PARTITION_INTERVAL, SCHEMA_REGION_GROUP_NUM, DATA_REGION_GROUP_NUM])",
        "alter timeseries root.sg.d.s upsert | line 1:29 UPSERT needs an ALIAS, TAGS or ATTRIBUTES",
        "select cast(s as VARCHAR) from root.a | line 1:17 unknown data type 'VARCHAR' (expected one of BOOLEAN, INT32, INT64, FLOAT, DOUBLE, TEXT, TIMESTAMP, DATE, BLOB, STRING)",
      })
  void malformedSchemaStatements(String sql, String message) {
    assertEquals(message, error(sql).getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "insert into root.sg.d1(time, s1) values (1, 2, 3) | line 1:40 row 1 has 3 values but 2 columns are named",
        "insert into root.sg.d1(s1, s2) values (1, 2), (3, 4) | line 1:46 timestamps must be given when inserting several rows; add a time column",
        "insert into root.sg.d1(s1, time) values (1, 2) | line 1:27 the time column must be the first column",
        "insert into root.sg.d1(time, s1, s1) values (1, 2, 3) | line 1:33 measurement 's1' is given twice",
        "insert into root.sg.d1(time, s1) values ('x', 2) | line 1:41 a time must be an integer timestamp, a datetime or now(), not 'x'",
        "insert into root.sg.d1(time, s1) values (1.5, 2) | line 1:41 a time must be an integer timestamp, a datetime or now(), not 1.5",
        "insert into root.sg.d1(time, s1) values (1, now()) | line 1:44 now() and time arithmetic are only allowed in the time column, not in now()",
        "insert into root.sg.d1(time, s*) values (1, 2) | line 1:29 expected a measurement name but got the wildcard 's*'",
        "insert into root.sg.d1(time) values (1) | line 1:23 INSERT needs at least one measurement",
      })
  void malformedInserts(String sql, String message) {
    assertEquals(message, error(sql).getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "select s from root.a limit 1 limit 2 | line 1:29 LIMIT is given twice",
        "select s from root.a slimit 1 soffset 1 soffset 2 | line 1:40 SOFFSET is given twice",
        "select s from root.a align by device align by time | line 1:37 ALIGN BY is given twice",
        "select s from root.a fill(linear) fill(previous) | line 1:34 FILL is given twice",
        "select s from root.a order by time order by device | line 1:35 ORDER BY is given twice",
        "select s from root.a group by level=1, level=2 | line 1:39 GROUP BY LEVEL is given twice",
        "select s from root.a group by session(1s), variation(s) | line 1:43 GROUP BY can segment by only one of a time window, VARIATION, CONDITION, SESSION or COUNT",
        "select s from root.a group by variation(s, skipNulls=true) | line 1:43 unknown option 'skipNulls' (expected ignoreNull)",
        "select s from root.a group by condition(s > 1, hold>=2) | line 1:47 expected KEEP but got 'hold'",
        "select s from root.a group by count(s, 0) | line 1:39 GROUP BY COUNT needs a size above 0",
        "select *, example(*) from root.sg.d1 disable align | line 1:37 DISABLE ALIGN is not supported by the IoTDB 1.3 dialect; use ALIGN BY DEVICE or the default alignment by time",
        "select s into sg.d(t) from root.a | line 1:14 an INTO target device must start with root or :: but starts with 'sg'",
        "select s into root.a(${0}) from root.b | line 1:21 placeholder ${0} must count levels from 1",
        "select f(s, 'k'='1', 'k'='2') from root.a | line 1:21 duplicate attribute 'k' in f(...)",
        "select s from root.a where s > 9223372036854775808 | line 1:31 integer 9223372036854775808 is out of range",
      })
  void malformedQueries(String sql, String message) {
    assertEquals(message, error(sql).getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GRANT READS ON root.** TO USER u1 | line 1:6 unknown privilege 'READS' (expected one of [READ_DATA, WRITE_DATA, READ_SCHEMA, WRITE_SCHEMA, MANAGE_DATABASE, MANAGE_USER, MANAGE_ROLE, USE_TRIGGER, USE_UDF, USE_CQ, USE_PIPE, USE_MODEL, EXTEND_TEMPLATE, MAINTAIN, READ, WRITE, ALL])",
        "GRANT READ, READ ON root.** TO USER u1 | line 1:12 privilege READ is given twice",
        "CREATE USER u1 | line 1:14 unexpected end of input expecting a string",
        "create cq c begin select count(s) from root.x group by(1s) end | line 1:18 a continuous query needs an INTO clause",
        "create trigger t before insert on root.a.** as 'c' with ('k'='1', 'k'='2') | line 1:66 duplicate key 'k'",
        "call inference(m, 'select s from root.a', n=1, n=2) | line 1:47 inference parameter 'n' is given twice",
        "load model m to devices 'cpu,,0' | line 1:24 empty device id in 'cpu,,0'",
      })
  void malformedOtherStatements(String sql, String message) {
    assertEquals(message, error(sql).getMessage());
  }

  @Test
  void translationErrorsNameTheOffendingText() {
    SqlSyntaxException e = error("select s from root.a where s > 9223372036854775808");
    assertEquals("9223372036854775808", e.offendingText());
    assertEquals(List.of(), e.expected());
  }

  @Test
  void endOfInputHasNoOffendingText() {
    assertNull(error("select s1 from").offendingText());
  }

  @Test
  void errorInSecondStatementPointsIntoIt() {
    SqlSyntaxException e = error("select s from root.a;\nselect s form root.b");
    assertEquals("line 2:9 mismatched input 'form' expecting FROM", e.getMessage());
  }
}
