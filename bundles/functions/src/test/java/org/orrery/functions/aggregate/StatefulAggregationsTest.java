package org.orrery.functions.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.functions.testing.Aggs;
import org.orrery.functions.testing.Cols;

/** count_if, mode, the variance family and max_by/min_by. */
class StatefulAggregationsTest {
  private static final double EPS = 1e-12;

  /**
   * The documentation's count_if example: s1 = 0, null, 0, 0, 1, 1, 1, 0, 0, 0 and s2 all 0, so
   * {@code s1 = 0 & s2 = 0} is true, null, true, true, false, false, false, true, true, true.
   */
  private static final Column ZERO_RUNS =
      Cols.booleans(true, null, true, true, false, false, false, true, true, true);
  private static final Column ONE_RUNS =
      Cols.booleans(false, null, false, false, true, true, true, false, false, false);

  @Test
  void countIfSkipsNullsByDefault() {
    // Runs of true with nulls skipped: {1,3,4} (3 long) and {8,9,10} (3 long).
    assertEquals(2L, Aggs.aggregate("count_if", new Column[] {ZERO_RUNS}, "keep", "3"));
    assertEquals(1L, Aggs.aggregate("count_if", new Column[] {ONE_RUNS}, "keep", "3"));
  }

  @Test
  void countIfWithNullsBreakingRuns() {
    // Runs: {1} (1), {3,4} (2), {8,9,10} (3): only the last is at least 3 long.
    assertEquals(1L, Aggs.aggregate("count_if", new Column[] {ZERO_RUNS},
        "keep", "3", "ignoreNull", "false"));
    assertEquals(1L, Aggs.aggregate("count_if", new Column[] {ONE_RUNS},
        "keep", "3", "ignoreNull", "false"));
  }

  @Test
  void countIfKeepOperators() {
    Column runs = Cols.booleans(true, false, true, true, false, true, true, true);
    // Run lengths 1, 2, 3.
    assertEquals(2L, Aggs.aggregate("count_if", new Column[] {runs}, "keep", "keep > 1"));
    assertEquals(2L, Aggs.aggregate("count_if", new Column[] {runs}, "keep", ">=2"));
    assertEquals(1L, Aggs.aggregate("count_if", new Column[] {runs}, "keep", "keep=2"));
    assertEquals(2L, Aggs.aggregate("count_if", new Column[] {runs}, "keep", "keep != 2"));
    assertEquals(1L, Aggs.aggregate("count_if", new Column[] {runs}, "keep", "KEEP < 2"));
    assertEquals(2L, Aggs.aggregate("count_if", new Column[] {runs}, "keep", "<= 2"));
    assertEquals(3L, Aggs.aggregate("count_if", new Column[] {runs}, "keep", "1"));
    assertEquals(0L, Aggs.aggregate("count_if", new Column[] {Cols.booleans()}, "keep", "1"));
  }

  @Test
  void countIfRunsContinueAcrossAddCalls() {
    Accumulator accumulator = Aggs.bind("count_if", List.of(DataType.BOOLEAN), "keep", "3")
        .newAccumulator();
    accumulator.add(new long[] {1, 2}, new Column[] {Cols.booleans(true, true)}, 0, 2);
    accumulator.add(new long[] {3, 4}, new Column[] {Cols.booleans(true, false)}, 0, 2);
    assertEquals(1L, accumulator.result());
  }

  @Test
  void countIfMergeAddsCountsAsIoTdbDoes() {
    BoundAggregate bound = Aggs.bind("count_if", List.of(DataType.BOOLEAN), "keep", "2");
    Accumulator a = bound.newAccumulator();
    a.add(new long[] {1, 2}, new Column[] {Cols.booleans(true, true)}, 0, 2);
    Accumulator b = bound.newAccumulator();
    b.add(new long[] {1, 2, 3}, new Column[] {Cols.booleans(true, true, true)}, 0, 3);
    a.merge(b);
    assertEquals(2L, a.result());
  }

  @Test
  void countIfRejectsBadCalls() {
    OrreryException badKeep = assertThrows(OrreryException.class,
        () -> Aggs.bind("count_if", List.of(DataType.BOOLEAN), "keep", "keep ~ 3"));
    assertTrue(badKeep.getMessage().contains("keep ~ 3"), badKeep.getMessage());
    assertThrows(OrreryException.class, () -> Aggs.bind("count_if", List.of(DataType.BOOLEAN)));
    assertThrows(OrreryException.class,
        () -> Aggs.bind("count_if", List.of(DataType.INT32), "keep", "3"));
    assertThrows(OrreryException.class,
        () -> Aggs.bind("count_if", List.of(DataType.BOOLEAN), "keep", "3", "ignoreNull", "maybe"));
  }

  @Test
  void modePrefersTheEarliestAmongEquallyFrequent() {
    assertEquals(2, Aggs.aggregate("mode", new Column[] {Cols.ints(1, 2, 3, 3, 2, null)}));
    // 3 first appears before 2 here.
    assertEquals(3, Aggs.aggregate("mode", new Column[] {Cols.ints(1, 3, 2, 2, 3)}));
    assertEquals(7.5, Aggs.aggregate("mode", new Column[] {Cols.doubles(7.5, 1.0, 2.0)}));
    assertEquals("b", Aggs.aggregate("mode", new Column[] {Cols.texts("a", "b", "b", null, null, null)}));
    assertEquals(false, Aggs.aggregate("mode", new Column[] {Cols.booleans(true, false, false)}));
    assertNull(Aggs.aggregate("mode", new Column[] {Cols.ints(null, null)}));
  }

  @Test
  void modeMergesCountsAndFirstTimes() {
    BoundAggregate bound = Aggs.bind("mode", List.of(DataType.TEXT));
    Accumulator a = bound.newAccumulator();
    a.add(new long[] {5, 6}, new Column[] {Cols.texts("x", "y")}, 0, 2);
    Accumulator b = bound.newAccumulator();
    b.add(new long[] {1, 2}, new Column[] {Cols.texts("y", "x")}, 0, 2);
    a.merge(b);
    // Both occur twice; y first occurred at time 1.
    assertEquals("y", Aggs.text(a.result()));
  }

  @Test
  void varianceFamily() {
    // Mean 5; squared deviations sum to 32 over 8 values.
    Column values = Cols.ints(2, 4, 4, 4, 5, 5, 7, 9, null);
    assertEquals(4.0, (Double) Aggs.aggregate("var_pop", new Column[] {values}), EPS);
    assertEquals(2.0, (Double) Aggs.aggregate("stddev_pop", new Column[] {values}), EPS);
    assertEquals(32.0 / 7, (Double) Aggs.aggregate("var_samp", new Column[] {values}), EPS);
    assertEquals(32.0 / 7, (Double) Aggs.aggregate("variance", new Column[] {values}), EPS);
    assertEquals(Math.sqrt(32.0 / 7), (Double) Aggs.aggregate("stddev_samp", new Column[] {values}), EPS);
    assertEquals(Math.sqrt(32.0 / 7), (Double) Aggs.aggregate("stddev", new Column[] {values}), EPS);
  }

  @Test
  void varianceOfFewValues() {
    Column one = Cols.doubles(3.5);
    assertEquals(0.0, Aggs.aggregate("var_pop", new Column[] {one}));
    assertEquals(0.0, Aggs.aggregate("stddev_pop", new Column[] {one}));
    assertNull(Aggs.aggregate("var_samp", new Column[] {one}));
    assertNull(Aggs.aggregate("stddev", new Column[] {one}));
    assertNull(Aggs.aggregate("var_pop", new Column[] {Cols.doubles()}));
  }

  @Test
  void varianceMergeEqualsOnePass() {
    BoundAggregate bound = Aggs.bind("var_samp", List.of(DataType.DOUBLE));
    Column all = Cols.doubles(1.0, 2.0, 3.0, 4.0, 10.0, 20.0);
    Accumulator whole = bound.newAccumulator();
    whole.add(Cols.times(6), new Column[] {all}, 0, 6);
    Accumulator left = bound.newAccumulator();
    left.add(Cols.times(6), new Column[] {all}, 0, 2);
    Accumulator right = bound.newAccumulator();
    right.add(Cols.times(6), new Column[] {all}, 2, 6);
    Accumulator empty = bound.newAccumulator();
    left.merge(right);
    left.merge(empty);
    empty.merge(left);
    // Mean 40/6; squared deviations 1+4+9+16+100+400 - 6*(40/6)^2 = 530 - 1600/6.
    double expected = (530 - 1600.0 / 6) / 5;
    assertEquals(expected, (Double) whole.result(), 1e-9);
    assertEquals(expected, (Double) left.result(), 1e-9);
    assertEquals(expected, (Double) empty.result(), 1e-9);
  }

  /** The documentation's max_by example: a = 1, 2, 3, 10, 10, 6 and b = 10, 10, 3, 10, 12, 6. */
  @Test
  void maxByTakesTheEarliestRowOfTheMaximum() {
    long[] times = {1, 2, 3, 4, 5, 6};
    Column a = Cols.doubles(1.0, 2.0, 3.0, 10.0, 10.0, 6.0);
    Column b = Cols.doubles(10.0, 10.0, 3.0, 10.0, 12.0, 6.0);
    Column time = Cols.timestamps(1L, 2L, 3L, 4L, 5L, 6L);
    assertEquals(4L, Aggs.aggregate("max_by", times, new Column[] {time, a}));
    assertEquals(10.0, Aggs.aggregate("max_by", times, new Column[] {b, a}));
  }

  /** The documentation's min_by example: a = 4, 3, 2, 1, 1, 6 and b = 10, 10, 3, 10, 12, 6. */
  @Test
  void minByTakesTheEarliestRowOfTheMinimum() {
    long[] times = {1, 2, 3, 4, 5, 6};
    Column a = Cols.doubles(4.0, 3.0, 2.0, 1.0, 1.0, 6.0);
    Column b = Cols.doubles(10.0, 10.0, 3.0, 10.0, 12.0, 6.0);
    Column time = Cols.timestamps(1L, 2L, 3L, 4L, 5L, 6L);
    assertEquals(4L, Aggs.aggregate("min_by", times, new Column[] {time, a}));
    assertEquals(10.0, Aggs.aggregate("min_by", times, new Column[] {b, a}));
  }

  @Test
  void byFunctionsHandleNulls() {
    // y null rows are skipped; x null at the maximum gives null.
    assertEquals("c", Aggs.aggregate("max_by",
        new Column[] {Cols.texts("a", "b", "c"), Cols.ints(5, null, 7)}));
    assertNull(Aggs.aggregate("max_by",
        new Column[] {Cols.texts("a", null, "c"), Cols.ints(5, 9, 7)}));
    assertNull(Aggs.aggregate("min_by", new Column[] {Cols.ints(1, 2), Cols.ints(null, null)}));
    assertEquals(true, Aggs.aggregate("min_by",
        new Column[] {Cols.booleans(false, true), Cols.strings("b", "a")}));
  }

  @Test
  void byMergePrefersEarlierTimeOnTies() {
    BoundAggregate bound = Aggs.bind("max_by", List.of(DataType.INT32, DataType.INT64));
    Accumulator later = bound.newAccumulator();
    later.add(new long[] {5}, new Column[] {Cols.ints(50), Cols.longs(9L)}, 0, 1);
    Accumulator earlier = bound.newAccumulator();
    earlier.add(new long[] {4}, new Column[] {Cols.ints(40), Cols.longs(9L)}, 0, 1);
    later.merge(earlier);
    assertEquals(40, later.result());
    Accumulator lower = bound.newAccumulator();
    lower.add(new long[] {1}, new Column[] {Cols.ints(10), Cols.longs(1L)}, 0, 1);
    later.merge(lower);
    assertEquals(40, later.result());
  }

  @Test
  void byFunctionsRejectUnorderedY() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> Aggs.bind("max_by", List.of(DataType.INT32, DataType.BOOLEAN)));
    assertTrue(error.getMessage().contains("max_by"));
    assertThrows(OrreryException.class, () -> Aggs.bind("min_by", List.of(DataType.INT32)));
  }
}
