package org.orrery.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ParameterRenderingTest {

  @Test
  void placeholdersInsideLiteralsAndCommentsAreText() throws SQLException {
    PlaceholderSql sql = PlaceholderSql.parse(
        "insert into root.sg.`d?`(time, s1, s2) values (?, '?''?', ?) -- why?\n/* ? */");
    assertEquals(2, sql.parameterCount());
    assertEquals("insert into root.sg.`d?`(time, s1, s2) values (1, '?''?', 'a') -- why?\n/* ? */",
        sql.render(new String[] {"1", "'a'"}));
  }

  @Test
  void missingParameterIsNamed() {
    PlaceholderSql sql = PlaceholderSql.parse("select s1 from root.sg.d1 where time > ? and s1 < ?");
    SQLException e = assertThrows(SQLException.class, () -> sql.render(new String[] {"1", null}));
    assertEquals("parameter 2 has no value", e.getMessage());
    assertEquals("07001", e.getSQLState());
  }

  @Test
  void textCannotEscapeItsLiteral() throws SQLException {
    String hostile = "x'); drop database root.**; --";
    assertEquals("'x''); drop database root.**; --'", SqlLiterals.of(hostile, 1, ZoneOffset.UTC));
    // the rendered statement still has exactly one statement and the literal intact
    String statement = PlaceholderSql.parse("insert into root.sg.d1(time, s1) values (1, ?)")
        .render(new String[] {SqlLiterals.of(hostile, 1, ZoneOffset.UTC)});
    assertEquals("insert into root.sg.d1(time, s1) values (1, 'x''); drop database root.**; --')", statement);
    assertEquals("'back\\slash'", SqlLiterals.text("back\\slash"));
  }

  @Test
  void valuesRenderByClass() throws SQLException {
    assertEquals("null", SqlLiterals.of(null, 1, ZoneOffset.UTC));
    assertEquals("true", SqlLiterals.of(Boolean.TRUE, 1, ZoneOffset.UTC));
    assertEquals("-42", SqlLiterals.of((short) -42, 1, ZoneOffset.UTC));
    assertEquals("1.0E-5", SqlLiterals.of(1e-5, 1, ZoneOffset.UTC));
    assertEquals("12345678901234567890.5", SqlLiterals.of(new BigDecimal("12345678901234567890.5"), 1, ZoneOffset.UTC));
    assertEquals("1704067200000", SqlLiterals.of(Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")), 1, ZoneOffset.UTC));
    assertEquals("1704067200000", SqlLiterals.of(LocalDateTime.parse("2024-01-01T08:00:00"), 1, ZoneOffset.ofHours(8)));
    assertEquals("'2024-02-29'", SqlLiterals.of(LocalDate.parse("2024-02-29"), 1, ZoneOffset.UTC));
    assertEquals("'2024-02-29'", SqlLiterals.of(java.sql.Date.valueOf("2024-02-29"), 1, ZoneOffset.UTC));
    assertEquals("parameter 3: NaN has no SQL literal",
        assertThrows(SQLException.class, () -> SqlLiterals.of(Double.NaN, 3, ZoneOffset.UTC)).getMessage());
    assertThrows(SQLException.class, () -> SqlLiterals.of(new Object(), 1, ZoneOffset.UTC));
  }

  @Test
  void targetTypeConvertsFirst() throws SQLException {
    assertEquals("'12'", SqlLiterals.of(12, Types.VARCHAR, 1, ZoneOffset.UTC));
    assertEquals("12", SqlLiterals.of("12.9", Types.BIGINT, 1, ZoneOffset.UTC));
    assertEquals("true", SqlLiterals.of(1, Types.BOOLEAN, 1, ZoneOffset.UTC));
    assertEquals("2.5", SqlLiterals.of("2.5", Types.DOUBLE, 1, ZoneOffset.UTC));
    assertThrows(SQLException.class, () -> SqlLiterals.of("abc", Types.INTEGER, 1, ZoneOffset.UTC));
  }

  @Test
  void namePatternsFollowJdbcWildcards() {
    assertEquals(true, NamePattern.of("root.sg.%").matches("root.sg.d1"));
    assertEquals(false, NamePattern.of("root.sg._").matches("root.sg.d1"));
    assertEquals(true, NamePattern.of("root.sg.d_").matches("root.sg.d1"));
    assertEquals(false, NamePattern.of("root.sg.d\\_1").matches("root.sg.dx1"));
    assertEquals(true, NamePattern.of("root.sg.d\\_1").matches("root.sg.d_1"));
    assertEquals(true, NamePattern.of(null).matches("anything"));
  }
}
