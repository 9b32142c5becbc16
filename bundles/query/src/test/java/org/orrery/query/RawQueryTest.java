package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.query.support.EngineFixture;

/** Raw-data queries end to end over the in-memory doubles; expected rows worked out by hand. */
class RawQueryTest {
  private final EngineFixture db = new EngineFixture().withSample();

  @Test
  void selectsAlignedByTimeWithNullsWhereASeriesHasNoPoint() {
    assertEquals(List.of("Time", "root.sg.d1.s1", "root.sg.d1.s2"), db.headers("select s1, s2 from root.sg.d1"));
    assertEquals(List.of("1|1|1.5", "2|2|2.5", "3|3|3.5", "4|4|null", "5|null|5.5"),
        db.rows("select s1, s2 from root.sg.d1"));
  }

  @Test
  void starExpandsInPathOrderAcrossDevices() {
    assertEquals(List.of("Time", "root.sg.d1.s1", "root.sg.d1.s2", "root.sg.d2.s1"),
        db.headers("select * from root.sg.*"));
    assertEquals(List.of("1|1|1.5|10", "2|2|2.5|null", "3|3|3.5|30", "4|4|null|null", "5|null|5.5|null"),
        db.rows("select * from root.sg.*"));
    assertEquals(List.of("Time", "root.sg.d1.s1", "root.sg.d2.s1"), db.headers("select s1 from root.sg.**"));
  }

  @Test
  void timeAndValuePredicates() {
    assertEquals(List.of("2|2|2.5", "3|3|3.5"), db.rows("select s1, s2 from root.sg.d1 where time >= 2 and s1 < 4"));
    assertEquals(List.of("1|1", "3|3"), db.rows("select s1 from root.sg.d1 where s1 in (1, 3)"));
    assertEquals(List.of("2|2", "3|3"), db.rows("select s1 from root.sg.d1 where s1 between 2 and 3"));
    assertEquals(List.of("1|1", "4|4"), db.rows("select s1 from root.sg.d1 where s1 not between 2 and 3"));
    assertEquals(List.of("4|4|null"), db.rows("select s1, s2 from root.sg.d1 where s2 is null"));
    assertEquals(List.of("1|1", "2|2"), db.rows("select s1 from root.sg.d1 where time < 3 or s1 > 10"));
    assertEquals(List.of("3|3", "4|4"), db.rows("select s1 from root.sg.d1 where !(s1 < 3)"));
    assertEquals(List.of(), db.rows("select s1 from root.sg.d1 where time > 10"));
    assertEquals(List.of(), db.rows("select s1 from root.sg.d1 where nosuch > 0"));
  }

  @Test
  void textPredicates() {
    db.exec("insert into root.sg.t(time, name) values (1, 'apple'), (2, 'banana'), (3, 'cherry')");
    assertEquals(List.of("2|banana"), db.rows("select name from root.sg.t where name like 'b%'"));
    assertEquals(List.of("1|apple", "3|cherry"), db.rows("select name from root.sg.t where name not like '_a%'"));
    assertEquals(List.of("3|cherry"), db.rows("select name from root.sg.t where name regexp '^ch'"));
    assertEquals(List.of("1|apple"), db.rows("select name from root.sg.t where name = 'apple'"));
  }

  /**
   * IoTDB 1.3 heads a LIKE with the regular expression of its pattern and drops a unary plus
   * ("Function and Expression": {@code b like '1%'} is {@code root.test.b LIKE '^1.*?$'},
   * {@code + s2} is {@code root.sg.d1.s2}).
   */
  @Test
  void likeIsHeadedByItsRegularExpressionAndUnaryPlusVanishes() {
    db.exec("insert into root.sg.t(time, name) values (1, '111test111'), (3, '333test333')");
    String sql = "select name, name like '1%', name regexp '[0-2]', name not like 'a_b.c\\%' from root.sg.t";
    assertEquals(List.of("Time", "root.sg.t.name", "root.sg.t.name LIKE '^1.*?$'", "root.sg.t.name REGEXP '[0-2]'",
        "root.sg.t.name NOT LIKE '^a.b\\.c%$'"), db.headers(sql));
    assertEquals(List.of("1|111test111|true|true|true", "3|333test333|false|false|true"), db.rows(sql));
    assertEquals(List.of("Time", "root.sg.d1.s2"), db.headers("select + s2 from root.sg.d1"));
  }

  @Test
  void expressionsPrintWithFullPathsAndComputeInDouble() {
    String sql = "select s1 + s2, s1 * 2, -s1, abs(s1 - 3) from root.sg.d1 where time <= 2";
    assertEquals(List.of("Time", "root.sg.d1.s1 + root.sg.d1.s2", "root.sg.d1.s1 * 2", "-root.sg.d1.s1",
        "abs(root.sg.d1.s1 - 3)"), db.headers(sql));
    assertEquals(List.of("1|2.5|2.0|-1|2.0", "2|4.5|4.0|-2|1.0"), db.rows(sql));
    assertEquals(List.of("Time", "root.sg.d1.s1 > 1 & root.sg.d1.s2 < 3"),
        db.headers("select s1 > 1 and s2 < 3 from root.sg.d1"));
    assertEquals(List.of("Time", "(root.sg.d1.s1 + 1) * 2"), db.headers("select (s1 + 1) * 2 from root.sg.d1"));
  }

  @Test
  void aliasNamesTheColumn() {
    assertEquals(List.of("Time", "speed"), db.headers("select s1 as speed from root.sg.d1"));
    OrreryException e = assertThrows(OrreryException.class, () -> db.run("select s1 as x from root.sg.*"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, e.code());
  }

  @Test
  void orderByTimeDescendingWithOffsetAndLimit() {
    assertEquals(List.of("4|4|null", "3|3|3.5"),
        db.rows("select s1, s2 from root.sg.d1 order by time desc limit 2 offset 1"));
    assertEquals(List.of("5|null|5.5"), db.rows("select s1, s2 from root.sg.d1 limit 1 offset 4"));
  }

  @Test
  void seriesLimitAndOffset() {
    assertEquals(List.of("Time", "root.sg.d1.s2"), db.headers("select * from root.sg.* slimit 1 soffset 1"));
  }

  @Test
  void fillPreviousLinearAndConstant() {
    assertEquals(List.of("1|1|1.5", "2|2|2.5", "3|3|3.5", "4|4|3.5", "5|4|5.5"),
        db.rows("select s1, s2 from root.sg.d1 fill(previous)"));
    assertEquals(List.of("1|1|1.5", "2|2|2.5", "3|3|3.5", "4|4|4.5", "5|null|5.5"),
        db.rows("select s1, s2 from root.sg.d1 fill(linear)"));
    assertEquals(List.of("1|1|1.5", "2|2|2.5", "3|3|3.5", "4|4|0.0", "5|0|5.5"),
        db.rows("select s1, s2 from root.sg.d1 fill(0)"));
    db.exec("insert into root.sg.d1(time, s1) values (10, 10)");
    // t=10 is 5 ms after the last s2 point at t=5: a 3 ms threshold leaves it empty.
    assertEquals(List.of("10|10|null"), db.rows("select s1, s2 from root.sg.d1 where time >= 10 fill(previous, 3ms)"));
  }

  @Test
  void alignByDevice() {
    assertEquals(List.of("Time", "Device", "s1"), db.headers("select s1 from root.sg.* align by device"));
    assertEquals(List.of("1|root.sg.d1|1", "2|root.sg.d1|2", "3|root.sg.d1|3", "4|root.sg.d1|4",
        "1|root.sg.d2|10", "3|root.sg.d2|30"), db.rows("select s1 from root.sg.* align by device"));
    assertEquals(List.of("Time", "Device", "s1", "s2"), db.headers("select * from root.sg.* align by device"));
    assertEquals(List.of("3|root.sg.d2|30", "1|root.sg.d2|10"),
        db.rows("select s1 from root.sg.* order by device desc, time desc limit 2 align by device"));
  }

  @Test
  void lastQuery() {
    assertEquals(List.of("Time", "Timeseries", "Value", "DataType"), db.headers("select last s1 from root.sg.*"));
    assertEquals(List.of("4|root.sg.d1.s1|4|INT32", "3|root.sg.d2.s1|30|INT32"),
        db.rows("select last s1 from root.sg.*"));
    assertEquals(List.of("3|root.sg.d1.s1|3|INT32", "3|root.sg.d2.s1|30|INT32"),
        db.rows("select last s1 from root.sg.* where time < 4"));
    assertEquals(List.of("4|root.sg.d1.s1|4|INT32"), db.rows("select last s1 from root.sg.* where time >= 4"));
    assertEquals(List.of("3|root.sg.d2.s1|30|INT32", "4|root.sg.d1.s1|4|INT32"),
        db.rows("select last s1 from root.sg.* order by timeseries desc"));
  }

  @Test
  void errorsNameTheProblem() {
    OrreryException syntax = assertThrows(OrreryException.class, () -> db.run("select s1 form root.sg.d1"));
    assertEquals(ErrorCode.SYNTAX_ERROR, syntax.code());
    OrreryException unknown = assertThrows(OrreryException.class, () -> db.run("select nosuchfn(s1) from root.sg.d1"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, unknown.code());
    assertTrue(unknown.getMessage().contains("nosuchfn"), unknown.getMessage());
    OrreryException types = assertThrows(OrreryException.class,
        () -> db.run("select s1 from root.sg.d1 where s1 > 'abc'"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, types.code());
    OrreryException mixed = assertThrows(OrreryException.class, () -> db.run("select s1, count(s1) from root.sg.d1"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, mixed.code());
  }

  @Test
  void orderByExpressionsSortsRowsWithNullsLast() {
    // s2: 1.5, 2.5, 3.5 at t=1..3, none at t=4, 5.5 at t=5
    assertEquals(List.of("5|null|5.5", "3|3|3.5", "2|2|2.5", "1|1|1.5", "4|4|null"),
        db.rows("select s1, s2 from root.sg.d1 order by s2 desc"));
    assertEquals(List.of("1|1|1.5", "2|2|2.5", "3|3|3.5", "5|null|5.5", "4|4|null"),
        db.rows("select s1, s2 from root.sg.d1 order by s2"));
    assertEquals(List.of("4|4|null", "5|null|5.5", "3|3|3.5"),
        db.rows("select s1, s2 from root.sg.d1 order by s2 desc nulls first limit 3"));
    // an expression that is not selected: s1 + s2 is 2.5, 4.5, 6.5 at t=1..3 and null at t=4
    String hidden = "select s1 from root.sg.d1 where s1 is not null order by s1 + s2 desc";
    assertEquals(List.of("Time", "root.sg.d1.s1"), db.headers(hidden));
    assertEquals(List.of("3|3", "2|2", "1|1", "4|4"), db.rows(hidden));
  }

  @Test
  void orderByExpressionThenTimeBreaksTies() {
    db.exec("insert into root.sg.d1(time, s1) values (6, 2), (7, 2)");
    // s1 = 2 at t=2, 6, 7
    assertEquals(List.of("7|2", "6|2", "2|2", "1|1"),
        db.rows("select s1 from root.sg.d1 where s1 <= 2 order by s1 desc, time desc"));
    assertEquals(List.of("2|2", "6|2", "7|2", "1|1"),
        db.rows("select s1 from root.sg.d1 where s1 <= 2 order by s1 desc"));
    assertEquals(List.of("1|1", "2|2", "6|2"),
        db.rows("select s1 from root.sg.d1 where s1 <= 2 order by s1, time limit 3"));
  }

  @Test
  void orderByExpressionIsRejectedWhereItCannotApply() {
    for (String sql : List.of(
        "select s1 from root.sg.* order by s1",
        "select count(s1) from root.sg.d1 order by s1",
        "select s1 from root.sg.* order by s1 align by device",
        "select s1 from root.sg.d1 order by s1 fill(previous)")) {
      OrreryException e = assertThrows(OrreryException.class, () -> db.rows(sql), sql);
      assertEquals(ErrorCode.SEMANTIC_ERROR, e.code(), sql);
    }
  }
}
