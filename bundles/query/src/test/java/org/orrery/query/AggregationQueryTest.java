package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.query.support.EngineFixture;
import org.orrery.query.support.Rows;

/** Aggregations end to end; the sample data is small enough to sum by hand. */
class AggregationQueryTest {
  private final EngineFixture db = new EngineFixture().withSample();

  @Test
  void aggregationWithoutGroupByIsOneRowWithoutTime() {
    String sql = "select count(s1), sum(s1), avg(s2), max_value(s1), first_value(s2), last_value(s2) from root.sg.d1";
    try (ExecutionResult result = db.run(sql)) {
      assertEquals(List.of("count(root.sg.d1.s1)", "sum(root.sg.d1.s1)", "avg(root.sg.d1.s2)",
          "max_value(root.sg.d1.s1)", "first_value(root.sg.d1.s2)", "last_value(root.sg.d1.s2)"),
          Rows.headers(result));
    }
    // s1 = 1+2+3+4; s2 = (1.5+2.5+3.5+5.5)/4 = 3.25
    assertEquals(List.of("4|10.0|3.25|4|1.5|5.5"), db.rows(sql));
  }

  @Test
  void aggregationOfEmptyInputStillGivesOneRow() {
    assertEquals(List.of("0|null"), db.rows("select count(s1), sum(s1) from root.sg.d1 where time > 100"));
  }

  @Test
  void statisticsAnswerPlainAggregationsWithoutDecoding() {
    int before = db.storage.decodes.get();
    assertEquals(List.of("4|10.0"), db.rows("select count(s1), sum(s1) from root.sg.d1"));
    assertEquals(before, db.storage.decodes.get(), "segments were decoded although statistics could answer");
    // A value filter needs the points: s1 where s2 > 2 is 2 and 3.
    assertEquals(List.of("2|5.0"), db.rows("select count(s1), sum(s1) from root.sg.d1 where s2 > 2"));
    assertTrue(db.storage.decodes.get() > before);
  }

  @Test
  void arithmeticOverAggregations() {
    assertEquals(List.of("sum(root.sg.d1.s1) / count(root.sg.d1.s1)"),
        db.headers("select sum(s1) / count(s1) from root.sg.d1"));
    assertEquals(List.of("2.5"), db.rows("select sum(s1) / count(s1) from root.sg.d1"));
  }

  @Test
  void groupByTimeWindows() {
    String sql = "select count(s1) from root.sg.d1 group by ([1, 6), 2ms)";
    assertEquals(List.of("Time", "count(root.sg.d1.s1)"), db.headers(sql));
    assertEquals(List.of("1|2", "3|2", "5|0"), db.rows(sql));
    // sliding: [1,3) [2,4) [3,5) [4,6) [5,6)
    assertEquals(List.of("1|2", "2|2", "3|2", "4|1", "5|0"),
        db.rows("select count(s1) from root.sg.d1 group by ([1, 6), 2ms, 1ms)"));
    // left-open windows show their end: (0,2] (2,4]
    assertEquals(List.of("2|2", "4|2"), db.rows("select count(s1) from root.sg.d1 group by ((0, 4], 2ms)"));
    assertEquals(List.of("5|0", "3|2", "1|2"),
        db.rows("select count(s1) from root.sg.d1 group by ([1, 6), 2ms) order by time desc"));
    assertEquals(List.of("3|2"), db.rows("select count(s1) from root.sg.d1 where time > 2 group by ([1, 6), 2ms) limit 1 offset 1"));
  }

  @Test
  void windowsThatSplitSegmentsDecodeThem() {
    // Segments hold two points each ([1,2], [3,4]); 1 ms windows cut through every one.
    assertEquals(List.of("1|1", "2|1", "3|1", "4|1", "5|0"),
        db.rows("select count(s1) from root.sg.d1 group by ([1, 6), 1ms)"));
  }

  @Test
  void groupByTimeWithFillAndHaving() {
    assertEquals(List.of("1|2", "3|2"),
        db.rows("select count(s1) from root.sg.d1 group by ([1, 6), 2ms) having count(s1) > 1"));
    // [1,3): 1.5, 2.5; [3,5): 3.5; [5,6) is empty under time < 5 and takes the previous 3.5
    assertEquals(List.of("1|2.5", "3|3.5", "5|3.5"),
        db.rows("select max_value(s2) from root.sg.d1 where time < 5 group by ([1, 6), 2ms) fill(previous)"));
  }

  @Test
  void groupByLevelMergesSeries() {
    String sql = "select count(s1) from root.sg.* group by level = 1";
    assertEquals(List.of("count(root.sg.*.s1)"), db.headers(sql));
    assertEquals(List.of("6"), db.rows(sql));
    assertEquals(List.of("1|3", "3|3"),
        db.rows("select count(s1) from root.sg.* group by ([1, 5), 2ms), level = 1"));
  }

  @Test
  void groupByTags() {
    db.exec("create timeseries root.f.a.temp with datatype=DOUBLE tags(city=bj)",
        "create timeseries root.f.b.temp with datatype=DOUBLE tags(city=sh)",
        "create timeseries root.f.c.temp with datatype=DOUBLE tags(city=bj)",
        "insert into root.f.a(time, temp) values (1, 10.0)",
        "insert into root.f.b(time, temp) values (1, 20.0)",
        "insert into root.f.c(time, temp) values (1, 30.0)");
    String sql = "select avg(temp) from root.f.** group by tags(city)";
    assertEquals(List.of("city", "avg(temp)"), db.headers(sql));
    assertEquals(List.of("bj|20.0", "sh|20.0"), db.rows(sql));
  }

  /**
   * HAVING under GROUP BY TAGS decides per output row, i.e. per window and tag combination, on
   * that row's merged aggregations.
   * bj = a + c: window [0,10) has 10 and 30 (avg 20, count 2), [10,20) has 12 (avg 12, count 1);
   * sh = b: [0,10) has 20 (avg 20, count 1), [10,20) has 40 and 50 (avg 45, count 2).
   */
  @Test
  void havingWithGroupByTagsKeepsTheRowsWhoseMergedValuesSatisfyIt() {
    db.exec("create timeseries root.f.a.temp with datatype=DOUBLE tags(city=bj)",
        "create timeseries root.f.b.temp with datatype=DOUBLE tags(city=sh)",
        "create timeseries root.f.c.temp with datatype=DOUBLE tags(city=bj)",
        "insert into root.f.a(time, temp) values (1, 10.0), (11, 12.0)",
        "insert into root.f.b(time, temp) values (2, 20.0), (12, 40.0), (13, 50.0)",
        "insert into root.f.c(time, temp) values (3, 30.0)");
    String window = " from root.f.** group by ([0, 20), 10ms), tags(city)";
    assertEquals(List.of("0|bj|20.0", "0|sh|20.0", "10|bj|12.0", "10|sh|45.0"),
        db.rows("select avg(temp)" + window));
    assertEquals(List.of("0|bj|20.0", "10|sh|45.0"), db.rows("select avg(temp)" + window + " having count(temp) > 1"));
    assertEquals(List.of("Time", "city", "avg(temp)"), db.headers("select avg(temp)" + window + " having count(temp) > 1"));
    assertEquals(List.of("0|sh|20.0", "10|sh|45.0"), db.rows("select avg(temp)" + window + " having min_value(temp) >= 20"));
    assertEquals(List.of("10|sh|45.0"), db.rows("select avg(temp)" + window + " having avg(temp) > 20"));
    assertEquals(List.of("bj|20.0|2"), db.rows(
        "select avg(temp), count(temp) from root.f.** where time < 10 group by tags(city) having count(temp) >= 2"));
  }

  @Test
  void segmentGroupings() {
    assertEquals(List.of("1|4"), db.rows("select count(s1) from root.sg.d1 group by session(1ms)"));
    // s1 = 1,2,3,4: 3 is more than 1 away from the segment's first value 1
    assertEquals(List.of("1|2", "3|2"), db.rows("select count(s1) from root.sg.d1 group by variation(s1, 1)"));
    assertEquals(List.of("2|3"), db.rows("select count(s1) from root.sg.d1 group by condition(s1 > 1, keep >= 2)"));
    assertEquals(List.of(), db.rows("select count(s1) from root.sg.d1 group by condition(s1 > 1, keep >= 4)"));
    // IoTDB outputs only full groups: the fourth point alone is not a group of 3
    assertEquals(List.of("1|3"), db.rows("select count(s1) from root.sg.d1 group by count(s1, 3)"));
    assertEquals(List.of("1|2", "3|2"), db.rows("select count(s1) from root.sg.d1 group by count(s1, 2)"));
  }

  @Test
  void aggregationAlignedByDevice() {
    String sql = "select count(s1) from root.sg.* align by device";
    assertEquals(List.of("Device", "count(s1)"), db.headers(sql));
    assertEquals(List.of("root.sg.d1|4", "root.sg.d2|2"), db.rows(sql));
  }
}
