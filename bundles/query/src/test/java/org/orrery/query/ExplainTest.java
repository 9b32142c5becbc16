package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.query.support.EngineFixture;

/**
 * EXPLAIN prints the optimised plan; each expectation follows from what the rules do: time
 * predicates become scan intervals, ORDER BY TIME DESC turns the scans, a LIMIT over one scan
 * moves into it, plain aggregations are answered from statistics, impossible inputs are empty.
 */
class ExplainTest {
  private final EngineFixture db = new EngineFixture().withSample();

  @Test
  void oneTextColumnNamedAsIotdbNamesIt() {
    assertEquals(List.of("distribution plan"), db.headers("explain select s1 from root.sg.d1"));
  }

  @Test
  void timePredicatesBecomeScanIntervals() {
    assertEquals(List.of(
        "Project [root.sg.d1.s1]",
        "  FullOuterTimeJoin order: ASC",
        "    SeriesScan root.sg.d1 [s1] time: [2, 4] order: ASC"),
        db.rows("explain select s1 from root.sg.d1 where time >= 2 and time < 5"));
  }

  @Test
  void valuePredicatesStayAndKeepTheLimitAbove() {
    assertEquals(List.of(
        "OffsetLimit offset: 0 limit: 2",
        "  Project [root.sg.d1.s1, root.sg.d1.s2]",
        "    Filter root.sg.d1.s2 > 2",
        "      FullOuterTimeJoin order: DESC",
        "        SeriesScan root.sg.d1 [s1] time: [2, +inf] order: DESC",
        "        SeriesScan root.sg.d1 [s2] time: [2, +inf] order: DESC"),
        db.rows("explain select s1, s2 from root.sg.d1 where s2 > 2 and time >= 2 order by time desc limit 2"));
  }

  @Test
  void limitOfASingleSeriesMovesIntoItsScan() {
    assertEquals(List.of(
        "Project [root.sg.d1.s1]",
        "  FullOuterTimeJoin order: DESC",
        "    SeriesScan root.sg.d1 [s1] time: all order: DESC offset: 1 limit: 2"),
        db.rows("explain select s1 from root.sg.d1 order by time desc limit 2 offset 1"));
    // the rows are the scan's rows: 4, 3, 2, 1 backwards, skip one, take two
    assertEquals(List.of("3|3", "2|2"), db.rows("select s1 from root.sg.d1 order by time desc limit 2 offset 1"));
  }

  @Test
  void fillKeepsTheLimitOnTop() {
    assertEquals(List.of(
        "OffsetLimit offset: 0 limit: 1",
        "  Fill PREVIOUS",
        "    Project [root.sg.d1.s2]",
        "      FullOuterTimeJoin order: ASC",
        "        SeriesScan root.sg.d1 [s2] time: all order: ASC"),
        db.rows("explain select s2 from root.sg.d1 fill(previous) limit 1"));
  }

  @Test
  void plainAggregationsComeFromStatisticsWithinTheWindows() {
    assertEquals(List.of(
        "Aggregation [count(root.sg.d1.s1)] windows: 2 in [0, 9] from statistics",
        "  FullOuterTimeJoin order: ASC",
        "    SeriesScan root.sg.d1 [s1] time: [0, 9] order: ASC"),
        db.rows("explain select count(s1) from root.sg.d1 group by ([0, 10), 5ms)"));
  }

  @Test
  void aValueFilterMakesAggregationReadRows() {
    assertEquals(List.of(
        "Aggregation [count(root.sg.d1.s1)]",
        "  Filter root.sg.d1.s1 > 1",
        "    FullOuterTimeJoin order: ASC",
        "      SeriesScan root.sg.d1 [s1] time: all order: ASC"),
        db.rows("explain select count(s1) from root.sg.d1 where s1 > 1"));
  }

  @Test
  void aggregationsReverseTheirWindowsForDescendingTime() {
    assertEquals(List.of(
        "TimeOrder DESC",
        "  Aggregation [sum(root.sg.d1.s1)] windows: 2 in [1, 4] from statistics",
        "    FullOuterTimeJoin order: ASC",
        "      SeriesScan root.sg.d1 [s1] time: [1, 4] order: ASC"),
        db.rows("explain select sum(s1) from root.sg.d1 group by ([1, 5), 2ms) order by time desc"));
  }

  @Test
  void impossibleInputsAreEmpty() {
    assertEquals(List.of("Empty"), db.rows("explain select s1 from root.sg.d1 where nosuch > 0"));
    assertEquals(List.of("Empty"), db.rows("explain select s1 from root.sg.d1 where time > 5 and time < 3"));
    assertEquals(List.of(
        "Aggregation [count(root.sg.d1.s1)]",
        "  Empty"),
        db.rows("explain select count(s1) from root.sg.d1 where time > 5 and time < 3"));
  }

  @Test
  void alignByDeviceTurnsEachDevicesScans() {
    assertEquals(List.of(
        "DeviceView [root.sg.d2, root.sg.d1]",
        "  Project [root.sg.d2.s1]",
        "    FullOuterTimeJoin order: DESC",
        "      SeriesScan root.sg.d2 [s1] time: all order: DESC",
        "  Project [root.sg.d1.s1]",
        "    FullOuterTimeJoin order: DESC",
        "      SeriesScan root.sg.d1 [s1] time: all order: DESC"),
        db.rows("explain select s1 from root.sg.* order by device desc, time desc align by device"));
  }

  @Test
  void selectLastReadsWithinTheTimeCondition() {
    assertEquals(List.of("Last [root.sg.d1.s1, root.sg.d1.s2] time: [3, +inf]"),
        db.rows("explain select last s1, s2 from root.sg.d1 where time > 2"));
  }

  @Test
  void explainRunsNothingAndReportsTheQuerysErrors() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> db.rows("explain select s1 from root.sg.d1 where s1 + 1"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, error.code());
    db.storage.opened.clear();
    db.rows("explain select s1, s2 from root.sg.d1 where s1 > 0");
    assertEquals(List.of(), db.storage.opened, "EXPLAIN must not open any scan");
  }
}
