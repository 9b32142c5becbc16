package org.orrery.functions.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.functions.testing.Aggs;
import org.orrery.functions.testing.Cols;
import org.orrery.functions.testing.StatisticsOf;

/**
 * For every aggregation that can use statistics: the result from points, from per-chunk
 * statistics, and from merged per-chunk partial accumulators (some fed points, some statistics)
 * agree with each other and with the value computed directly from the data.
 *
 * <p>Values are multiples of 0.25 within a few thousand, so every sum is exact in double
 * arithmetic whatever the order of addition, and equality can be exact.
 */
class StatisticsAgreementTest {
  private static final int ROWS = 2_000;
  private static final int[] CHUNK_SIZES = {1, 7, 100, 333, 512, 1_047};

  private static final List<String> STATISTICAL = List.of("count", "sum", "avg", "extreme",
      "max_value", "min_value", "first_value", "last_value", "max_time", "min_time",
      "time_duration");

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (DataType type : List.of(DataType.INT32, DataType.INT64, DataType.FLOAT, DataType.DOUBLE)) {
      for (String name : STATISTICAL) {
        cases.add(Arguments.of(name, type));
      }
    }
    for (String name : List.of("count", "first_value", "last_value", "max_time", "min_time",
        "time_duration")) {
      cases.add(Arguments.of(name, DataType.TEXT));
      cases.add(Arguments.of(name, DataType.BOOLEAN));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}({1})")
  @MethodSource("cases")
  void pointsStatisticsAndMergedPartialsAgree(String name, DataType type) {
    Random random = new Random(31L * name.hashCode() + type.ordinal());
    long[] times = new long[ROWS];
    long time = -500;
    for (int i = 0; i < ROWS; i++) {
      time += 1 + random.nextInt(3);
      times[i] = time;
    }
    Column values = column(type, random);
    BoundAggregate bound = Aggs.bind(name, new Column[] {values});
    assertTrue(bound.usesStatistics(), name + " should use statistics");

    Accumulator fromPoints = bound.newAccumulator();
    Accumulator fromStatistics = bound.newAccumulator();
    Accumulator merged = bound.newAccumulator();
    int from = 0;
    int chunk = 0;
    while (from < ROWS) {
      int to = Math.min(ROWS, from + CHUNK_SIZES[chunk % CHUNK_SIZES.length]);
      fromPoints.add(times, new Column[] {values}, from, to);
      SeriesStatistics statistics = StatisticsOf.rows(times, values, from, to);
      if (statistics != null) {
        fromStatistics.addStatistics(statistics);
      }
      Accumulator partial = bound.newAccumulator();
      if (chunk % 2 == 0 || statistics == null) {
        partial.add(times, new Column[] {values}, from, to);
      } else {
        partial.addStatistics(statistics);
      }
      merged.merge(partial);
      from = to;
      chunk++;
    }
    Object expected = Aggs.text(direct(name, times, values));
    assertNotNull(expected);
    assertEquals(expected, Aggs.text(fromPoints.result()), "points");
    assertEquals(expected, Aggs.text(fromStatistics.result()), "statistics");
    assertEquals(expected, Aggs.text(merged.result()), "merged partials");
  }

  /** About a tenth of the rows null; values multiples of 0.25 in [-1000, 1000]. */
  private static Column column(DataType type, Random random) {
    Object[] boxed = new Object[ROWS];
    for (int i = 0; i < ROWS; i++) {
      if (random.nextInt(10) == 0) {
        continue;
      }
      int quarter = random.nextInt(8_001) - 4_000;
      switch (type) {
        case INT32:
          boxed[i] = quarter;
          break;
        case INT64:
          boxed[i] = (long) quarter * 1_000_000L;
          break;
        case FLOAT:
          boxed[i] = quarter / 4.0f;
          break;
        case DOUBLE:
          boxed[i] = quarter / 4.0;
          break;
        case BOOLEAN:
          boxed[i] = quarter % 2 == 0;
          break;
        default:
          boxed[i] = "v" + quarter;
          break;
      }
    }
    switch (type) {
      case INT32:
        return Cols.ints(java.util.Arrays.copyOf(boxed, ROWS, Integer[].class));
      case INT64:
        return Cols.longs(java.util.Arrays.copyOf(boxed, ROWS, Long[].class));
      case FLOAT:
        return Cols.floats(java.util.Arrays.copyOf(boxed, ROWS, Float[].class));
      case DOUBLE:
        return Cols.doubles(java.util.Arrays.copyOf(boxed, ROWS, Double[].class));
      case BOOLEAN:
        return Cols.booleans(java.util.Arrays.copyOf(boxed, ROWS, Boolean[].class));
      default:
        return Cols.texts(java.util.Arrays.copyOf(boxed, ROWS, String[].class));
    }
  }

  /** The aggregation computed directly from the definition, without any accumulator. */
  private static Object direct(String name, long[] times, Column values) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      if (!values.isNull(i)) {
        rows.add(i);
      }
    }
    int first = rows.get(0);
    int last = rows.get(rows.size() - 1);
    switch (name) {
      case "count":
        return (long) rows.size();
      case "sum":
        return rows.stream().mapToDouble(i -> ((Number) values.get(i)).doubleValue()).sum();
      case "avg":
        return rows.stream().mapToDouble(i -> ((Number) values.get(i)).doubleValue()).sum()
            / rows.size();
      case "max_value":
        return values.get(rows.stream().max((a, b) -> compare(values, a, b)).orElseThrow());
      case "min_value":
        return values.get(rows.stream().min((a, b) -> compare(values, a, b)).orElseThrow());
      case "extreme": {
        Object max = values.get(rows.stream().max((a, b) -> compare(values, a, b)).orElseThrow());
        Object min = values.get(rows.stream().min((a, b) -> compare(values, a, b)).orElseThrow());
        double maxMagnitude = Math.abs(((Number) max).doubleValue());
        double minMagnitude = Math.abs(((Number) min).doubleValue());
        return maxMagnitude >= minMagnitude ? max : min;
      }
      case "first_value":
        return values.get(first);
      case "last_value":
        return values.get(last);
      case "min_time":
        return times[first];
      case "max_time":
        return times[last];
      case "time_duration":
        return times[last] - times[first];
      default:
        throw new AssertionError(name);
    }
  }

  @SuppressWarnings("unchecked")
  private static int compare(Column values, int a, int b) {
    return ((Comparable<Object>) values.get(a)).compareTo(values.get(b));
  }
}
