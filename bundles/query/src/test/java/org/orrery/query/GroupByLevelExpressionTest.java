package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.query.support.EngineFixture;

/**
 * GROUP BY LEVEL with select items that are expressions over aggregations, and HAVING over the
 * merged groups (IoTDB 1.3: "Aggregate Result Filtering"). Each aggregation in an expression
 * stands for its merged group; arithmetic is DOUBLE. Sample: d1.s1 = 1..4 at t=1..4, d1.s2 at
 * t=1,2,3,5; d2.s1 = 10, 30 at t=1, 3.
 */
class GroupByLevelExpressionTest {
  private final EngineFixture db = new EngineFixture().withSample();

  /**
   * The series match in IoTDB's schema tree order (wf02 before wf01, sgcc before ln: HashMap
   * order), but IoTDB's documentation ("Aggregation By Level") lists the merged groups sorted.
   */
  @Test
  void mergedGroupsAreListedInTextOrder() {
    db.exec("create timeseries root.ln.wf01.wt01.status with datatype=BOOLEAN",
        "create timeseries root.ln.wf02.wt02.status with datatype=BOOLEAN",
        "create timeseries root.sgcc.wf03.wt01.status with datatype=BOOLEAN",
        "insert into root.ln.wf01.wt01(time, status) values (1, true), (2, false)",
        "insert into root.ln.wf02.wt02(time, status) values (1, true)",
        "insert into root.sgcc.wf03.wt01(time, status) values (1, true), (2, true), (3, true)");
    assertEquals(List.of("count(root.ln.*.*.status)", "count(root.sgcc.*.*.status)"),
        db.headers("select count(status) from root.** group by level = 1"));
    assertEquals(List.of("3|3"), db.rows("select count(status) from root.** group by level = 1"));
    assertEquals(List.of("count(root.*.*.wt01.status)", "count(root.*.*.wt02.status)"),
        db.headers("select count(status) from root.** group by level = 3"));
    assertEquals(List.of("5|1"), db.rows("select count(status) from root.** group by level = 3"));
    assertEquals(List.of("count(root.ln.*.wt01.status)", "count(root.ln.*.wt02.status)",
        "count(root.sgcc.*.wt01.status)"), db.headers("select count(status) from root.** group by level = 1, 3"));
  }

  @Test
  void arithmeticOverAMergedGroup() {
    String sql = "select count(s1) + 1 from root.sg.* group by level = 1";
    assertEquals(List.of("count(root.sg.*.s1) + 1"), db.headers(sql));
    assertEquals(List.of("7.0"), db.rows(sql));
  }

  @Test
  void expressionOfTwoGroups() {
    String sql = "select sum(s1) / count(s1) from root.sg.* group by level = 1";
    assertEquals(List.of("sum(root.sg.*.s1) / count(root.sg.*.s1)"), db.headers(sql));
    assertEquals(List.of(Double.toString(50.0 / 6)), db.rows(sql));
  }

  @Test
  void plainAndComputedColumnsPerKeptLevel() {
    String sql = "select count(s1), count(s1) * 2 from root.sg.* group by level = 2";
    assertEquals(List.of("count(root.*.d1.s1)", "count(root.*.d2.s1)", "count(root.*.d1.s1) * 2",
        "count(root.*.d2.s1) * 2"), db.headers(sql));
    assertEquals(List.of("4|2|8.0|4.0"), db.rows(sql));
  }

  @Test
  void expansionsCollapsingToOneTextAreOneColumnPerWindow() {
    String sql = "select count(s1) + count(s2) from root.sg.* group by ([1, 5), 2ms), level = 1";
    assertEquals(List.of("Time", "count(root.sg.*.s1) + count(root.sg.*.s2)"), db.headers(sql));
    assertEquals(List.of("1|5.0", "3|4.0"), db.rows(sql));
  }

  @Test
  void havingOverAMergedGroupThatIsNotSelected() {
    assertEquals(List.of("1|3"),
        db.rows("select count(s1) from root.sg.* group by ([1, 5), 2ms), level = 1 having count(s2) > 1"));
  }

  @Test
  void havingOverSelectedGroups() {
    assertEquals(List.of("6|50.0"),
        db.rows("select count(s1), sum(s1) from root.sg.* group by level = 1 having sum(s1) > 40"));
    assertEquals(List.of(),
        db.rows("select count(s1), sum(s1) from root.sg.* group by level = 1 having sum(s1) > 60"));
  }

  @Test
  void withHavingPathsMustBeOneNode() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> db.rows("select count(d1.s1) from root.sg group by level = 1 having count(s1) > 1"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, error.code());
    assertTrue(error.getMessage().contains("one-level wildcard"), error.getMessage());
  }

  @Test
  void rawSeriesCannotJoinAggregations() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> db.rows("select count(s1) + s1 from root.sg.* group by level = 1"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, error.code());
  }
}
