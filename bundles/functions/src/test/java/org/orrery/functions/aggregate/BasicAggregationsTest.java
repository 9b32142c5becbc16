package org.orrery.functions.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.functions.testing.Aggs;
import org.orrery.functions.testing.Cols;

/** count, sum, avg, extreme, max/min value, first/last value, max/min time, time_duration. */
class BasicAggregationsTest {

  @Test
  void countCountsNonNullValuesOfAnyType() {
    assertEquals(2L, Aggs.aggregate("count", new Column[] {Cols.ints(1, null, 3)}));
    assertEquals(2L, Aggs.aggregate("count", new Column[] {Cols.texts("a", null, "")}));
    assertEquals(3L, Aggs.aggregate("count", new Column[] {Cols.booleans(true, false, false)}));
    assertEquals(0L, Aggs.aggregate("count", new Column[] {Cols.doubles()}));
    assertEquals(0L, Aggs.aggregate("count", new Column[] {Cols.doubles(null, null)}));
  }

  @Test
  void sumIsDoubleAndNullWithoutValues() {
    assertEquals(6.0, Aggs.aggregate("sum", new Column[] {Cols.ints(1, 2, 3, null)}));
    assertEquals(1.0, Aggs.aggregate("sum", new Column[] {Cols.floats(0.25f, 0.75f)}));
    assertEquals(2.0 * Long.MAX_VALUE,
        Aggs.aggregate("sum", new Column[] {Cols.longs(Long.MAX_VALUE, Long.MAX_VALUE)}));
    assertNull(Aggs.aggregate("sum", new Column[] {Cols.ints()}));
    assertNull(Aggs.aggregate("sum", new Column[] {Cols.ints(null, null)}));
    assertTrue(Double.isNaN((Double) Aggs.aggregate("sum", new Column[] {Cols.doubles(1.0, Double.NaN)})));
  }

  @Test
  void avgIgnoresNulls() {
    assertEquals(2.5, Aggs.aggregate("avg", new Column[] {Cols.ints(1, 2, null, 3, 4)}));
    assertEquals(-1.0, Aggs.aggregate("avg", new Column[] {Cols.doubles(-1.0)}));
    assertNull(Aggs.aggregate("avg", new Column[] {Cols.longs(null, null)}));
  }

  @Test
  void extremeIsLargestMagnitudePositiveOnTies() {
    assertEquals(-5, Aggs.aggregate("extreme", new Column[] {Cols.ints(-5, 3, null)}));
    assertEquals(5, Aggs.aggregate("extreme", new Column[] {Cols.ints(-5, 5)}));
    assertEquals(5, Aggs.aggregate("extreme", new Column[] {Cols.ints(5, -5)}));
    assertEquals(-5L, Aggs.aggregate("extreme", new Column[] {Cols.longs(-1L, -5L)}));
    assertEquals(Long.MIN_VALUE,
        Aggs.aggregate("extreme", new Column[] {Cols.longs(Long.MAX_VALUE, Long.MIN_VALUE)}));
    assertEquals(-2.5f, Aggs.aggregate("extreme", new Column[] {Cols.floats(1.5f, -2.5f)}));
    assertEquals(0.5, Aggs.aggregate("extreme", new Column[] {Cols.doubles(0.5)}));
    assertTrue(Double.isNaN((Double) Aggs.aggregate("extreme", new Column[] {Cols.doubles(Double.NaN, 9.0)})));
    assertNull(Aggs.aggregate("extreme", new Column[] {Cols.doubles()}));
  }

  @Test
  void maxAndMinValueKeepTheTypeAndExactness() {
    Column ints = Cols.ints(3, null, 7, -1);
    assertEquals(7, Aggs.aggregate("max_value", new Column[] {ints}));
    assertEquals(-1, Aggs.aggregate("min_value", new Column[] {ints}));
    // 2^53 and 2^53 + 1 are the same double; compared as long they differ.
    Column big = Cols.longs(9007199254740992L, 9007199254740993L);
    assertEquals(9007199254740993L, Aggs.aggregate("max_value", new Column[] {big}));
    assertEquals(9007199254740992L, Aggs.aggregate("min_value", new Column[] {big}));
    Column extremes = Cols.longs(Long.MIN_VALUE, 0L, Long.MAX_VALUE);
    assertEquals(Long.MAX_VALUE, Aggs.aggregate("max_value", new Column[] {extremes}));
    assertEquals(Long.MIN_VALUE, Aggs.aggregate("min_value", new Column[] {extremes}));
    assertEquals(2.5f, Aggs.aggregate("max_value", new Column[] {Cols.floats(-1f, 2.5f)}));
    assertEquals(-0.5, Aggs.aggregate("min_value", new Column[] {Cols.doubles(3.0, -0.5)}));
    assertNull(Aggs.aggregate("max_value", new Column[] {Cols.doubles(null, null)}));
  }

  @Test
  void maxAndMinValueOfNanAreNan() {
    Column withNan = Cols.doubles(1.0, Double.NaN, 2.0);
    assertTrue(Double.isNaN((Double) Aggs.aggregate("max_value", new Column[] {withNan})));
    assertTrue(Double.isNaN((Double) Aggs.aggregate("min_value", new Column[] {withNan})));
  }

  @Test
  void maxAndMinValueOfNewerOrderedTypes() {
    assertEquals("c", Aggs.aggregate("max_value", new Column[] {Cols.strings("b", "c", null, "a")}));
    assertEquals("a", Aggs.aggregate("min_value", new Column[] {Cols.strings("b", "c", null, "a")}));
    assertEquals(20240301, Aggs.aggregate("max_value", new Column[] {Cols.dates(20231231, 20240301)}));
    assertEquals(5L, Aggs.aggregate("min_value", new Column[] {Cols.timestamps(9L, 5L)}));
  }

  @Test
  void firstAndLastValueOfAnyType() {
    Column texts = Cols.texts(null, "a", "b", null);
    assertEquals("a", Aggs.aggregate("first_value", new Column[] {texts}));
    assertEquals("b", Aggs.aggregate("last_value", new Column[] {texts}));
    Column flags = Cols.booleans(false, true);
    assertEquals(false, Aggs.aggregate("first_value", new Column[] {flags}));
    assertEquals(true, Aggs.aggregate("last_value", new Column[] {flags}));
    assertEquals(2.5f, Aggs.aggregate("last_value", new Column[] {Cols.floats(1f, 2.5f, null)}));
    assertNull(Aggs.aggregate("first_value", new Column[] {Cols.ints(null, null)}));
    assertNull(Aggs.aggregate("last_value", new Column[] {Cols.ints()}));
  }

  @Test
  void firstAndLastValueCompareTimesNotArrival() {
    BoundAggregate first = Aggs.bind("first_value", List.of(DataType.INT32));
    Accumulator late = first.newAccumulator();
    late.add(new long[] {10, 11}, new Column[] {Cols.ints(100, 110)}, 0, 2);
    Accumulator early = first.newAccumulator();
    early.add(new long[] {3, 4}, new Column[] {Cols.ints(30, 40)}, 0, 2);
    late.merge(early);
    assertEquals(30, late.result());
    BoundAggregate last = Aggs.bind("last_value", List.of(DataType.INT32));
    Accumulator a = last.newAccumulator();
    a.add(new long[] {10, 11}, new Column[] {Cols.ints(100, 110)}, 0, 2);
    Accumulator b = last.newAccumulator();
    b.add(new long[] {3, 4}, new Column[] {Cols.ints(30, 40)}, 0, 2);
    a.merge(b);
    assertEquals(110, a.result());
  }

  @Test
  void firstValueIsFinalAfterItsFirstValue() {
    BoundAggregate bound = Aggs.bind("first_value", List.of(DataType.DOUBLE));
    assertTrue(bound.needsAscendingTime());
    Accumulator accumulator = bound.newAccumulator();
    accumulator.add(new long[] {1}, new Column[] {Cols.doubles((Double) null)}, 0, 1);
    assertFalse(accumulator.isFinal());
    accumulator.add(new long[] {2}, new Column[] {Cols.doubles(4.0)}, 0, 1);
    assertTrue(accumulator.isFinal());
    assertFalse(Aggs.bind("last_value", List.of(DataType.DOUBLE)).newAccumulator().isFinal());
  }

  @Test
  void maxAndMinTimeOfNonNullValues() {
    long[] times = {10, 20, 30};
    Column values = Cols.texts("x", "y", null);
    assertEquals(20L, Aggs.aggregate("max_time", times, new Column[] {values}));
    assertEquals(10L, Aggs.aggregate("min_time", times, new Column[] {values}));
    assertNull(Aggs.aggregate("max_time", new Column[] {Cols.ints()}));
  }

  /** The documentation's example: s1 has values at 1, 3, 4, 6..10 and 1677570934. */
  @Test
  void timeDurationIsLastMinusFirstTimeOfValues() {
    long[] times = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1677570934};
    Column s1 = Cols.ints(2, null, 10, 303, null, 110, 302, 110, 60, 70, 30);
    assertEquals(1677570933L, Aggs.aggregate("time_duration", times, new Column[] {s1}));
    assertEquals(0L, Aggs.aggregate("time_duration", new long[] {5}, new Column[] {Cols.ints(1)}));
    assertNull(Aggs.aggregate("time_duration", new long[] {5}, new Column[] {Cols.ints((Integer) null)}));
  }

  @Test
  void resultTypesAreIoTdbs() {
    List<DataType> int32 = List.of(DataType.INT32);
    List<DataType> flt = List.of(DataType.FLOAT);
    List<DataType> text = List.of(DataType.TEXT);
    assertEquals(DataType.INT64, Aggs.bind("count", text).outputType());
    assertEquals(DataType.DOUBLE, Aggs.bind("sum", int32).outputType());
    assertEquals(DataType.DOUBLE, Aggs.bind("avg", int32).outputType());
    assertEquals(DataType.INT32, Aggs.bind("extreme", int32).outputType());
    assertEquals(DataType.FLOAT, Aggs.bind("max_value", flt).outputType());
    assertEquals(DataType.FLOAT, Aggs.bind("min_value", flt).outputType());
    assertEquals(DataType.TEXT, Aggs.bind("first_value", text).outputType());
    assertEquals(DataType.TEXT, Aggs.bind("last_value", text).outputType());
    assertEquals(DataType.INT64, Aggs.bind("max_time", text).outputType());
    assertEquals(DataType.INT64, Aggs.bind("min_time", text).outputType());
    assertEquals(DataType.INT64, Aggs.bind("time_duration", text).outputType());
    assertEquals(DataType.TEXT, Aggs.bind("mode", text).outputType());
    assertEquals(DataType.INT64, Aggs.bind("count_if", List.of(DataType.BOOLEAN), "keep", "2").outputType());
    for (String name : List.of("stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp")) {
      assertEquals(DataType.DOUBLE, Aggs.bind(name, int32).outputType(), name);
    }
    assertEquals(DataType.TEXT, Aggs.bind("max_by", List.of(DataType.TEXT, DataType.INT32)).outputType());
    assertEquals(DataType.TIMESTAMP,
        Aggs.bind("min_by", List.of(DataType.TIMESTAMP, DataType.DOUBLE)).outputType());
  }

  @Test
  void numericAggregationsRejectOtherTypesNamingFunctionAndType() {
    for (String name : List.of("sum", "avg", "extreme", "stddev", "var_pop")) {
      OrreryException error = assertThrows(OrreryException.class,
          () -> Aggs.bind(name, List.of(DataType.TEXT)), name);
      assertEquals(ErrorCode.SEMANTIC_ERROR, error.code());
      assertTrue(error.getMessage().contains(name), error.getMessage());
      assertTrue(error.getMessage().contains("TEXT"), error.getMessage());
    }
    assertThrows(OrreryException.class, () -> Aggs.bind("max_value", List.of(DataType.BOOLEAN)));
    assertThrows(OrreryException.class, () -> Aggs.bind("min_value", List.of(DataType.TEXT)));
    assertThrows(OrreryException.class, () -> Aggs.bind("count", List.of()));
    assertThrows(OrreryException.class,
        () -> Aggs.bind("count", List.of(DataType.INT32, DataType.INT32)));
  }

  @Test
  void whichAggregationsUseStatistics() {
    List<DataType> dbl = List.of(DataType.DOUBLE);
    for (String name : List.of("count", "sum", "avg", "extreme", "max_value", "min_value",
        "first_value", "last_value", "max_time", "min_time", "time_duration")) {
      assertTrue(Aggs.bind(name, dbl).usesStatistics(), name);
    }
    for (String name : List.of("mode", "stddev", "stddev_pop", "stddev_samp", "variance",
        "var_pop", "var_samp")) {
      assertFalse(Aggs.bind(name, dbl).usesStatistics(), name);
    }
    assertFalse(Aggs.bind("count_if", List.of(DataType.BOOLEAN), "keep", "1").usesStatistics());
    assertFalse(Aggs.bind("max_by", List.of(DataType.DOUBLE, DataType.DOUBLE)).usesStatistics());
  }

  @Test
  void resetForgetsEverything() {
    Accumulator accumulator = Aggs.bind("avg", List.of(DataType.INT32)).newAccumulator();
    accumulator.add(Cols.times(2), new Column[] {Cols.ints(10, 20)}, 0, 2);
    assertEquals(15.0, accumulator.result());
    accumulator.reset();
    assertNull(accumulator.result());
    accumulator.add(Cols.times(1), new Column[] {Cols.ints(4)}, 0, 1);
    assertEquals(4.0, accumulator.result());
  }

  @Test
  void addHonoursTheRowRange() {
    Accumulator accumulator = Aggs.bind("sum", List.of(DataType.INT32)).newAccumulator();
    accumulator.add(Cols.times(5), new Column[] {Cols.ints(1, 2, 4, 8, 16)}, 1, 4);
    assertEquals(14.0, accumulator.result());
    Object[] results = new Object[3];
    int i = 0;
    for (String name : List.of("first_value", "last_value", "count")) {
      Accumulator a = Aggs.bind(name, List.of(DataType.INT32)).newAccumulator();
      a.add(Cols.times(5), new Column[] {Cols.ints(1, 2, 4, 8, 16)}, 1, 4);
      results[i++] = a.result();
    }
    assertArrayEquals(new Object[] {2, 8, 3L}, results);
  }
}
