package org.orrery.query.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.time.TimeContext;
import org.orrery.common.time.TimestampPrecision;
import org.orrery.common.type.DataType;
import org.orrery.query.context.QueryContext;

/**
 * The time join against a reference built with a sorted map: inputs that share all, some or none
 * of their timestamps (the shared stretches take the column-copy path), cut into blocks of
 * different sizes per input, with nulls inside the inputs, in both directions.
 */
class TimeJoinOperatorTest {
  private static final QueryContext CONTEXT = new QueryContext(
      new TimeContext(ZoneOffset.UTC, TimestampPrecision.MILLISECONDS, Clock.systemUTC()), 0, 1L << 30);

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
  void joinEqualsTheReference(int seed) {
    Random random = new Random(seed);
    int inputs = 2 + random.nextInt(4);
    boolean ascending = seed % 2 == 0;
    // Each input keeps a time with a probability: 1.0 gives identical timestamps everywhere.
    double keep = seed < 4 ? 1.0 : 0.5 + random.nextDouble() * 0.5;
    int span = 10_000 + random.nextInt(5_000);
    List<Operator> children = new ArrayList<>();
    Comparator<Long> order = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
    Map<Long, Double[]> expected = new TreeMap<>(order);
    for (int input = 0; input < inputs; input++) {
      List<Long> times = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (long t = 0; t < span; t++) {
        // stretches where every input has the time, and stretches where some do not
        boolean shared = (t / 700) % 2 == 0;
        if (shared || random.nextDouble() < keep) {
          times.add(t * 10);
          values.add(random.nextInt(50) == 0 ? null : (double) (input * 1_000_000 + t));
        }
      }
      if (!ascending) {
        java.util.Collections.reverse(times);
        java.util.Collections.reverse(values);
      }
      for (int i = 0; i < times.size(); i++) {
        expected.computeIfAbsent(times.get(i), k -> new Double[inputs])[input] = values.get(i);
      }
      children.add(new BlockListOperator(List.of(DataType.DOUBLE),
          blocks(times, values, 100 + random.nextInt(5_000)), CONTEXT));
    }
    List<String> actual = new ArrayList<>();
    try (TimeJoinOperator join = new TimeJoinOperator(children, ascending, CONTEXT)) {
      Block block;
      while ((block = join.next()) != null) {
        for (int row = 0; row < block.rowCount(); row++) {
          Double[] cells = new Double[inputs];
          for (int c = 0; c < inputs; c++) {
            Column column = block.column(c);
            cells[c] = column.isNull(row) ? null : column.doubles()[row];
          }
          actual.add(block.time(row) + " " + Arrays.toString(cells));
        }
      }
    }
    List<String> reference = new ArrayList<>();
    expected.forEach((time, cells) -> reference.add(time + " " + Arrays.toString(cells)));
    assertEquals(reference.size(), actual.size(), "rows");
    assertEquals(reference, actual);
  }

  private static List<Block> blocks(List<Long> times, List<Double> values, int blockRows) {
    List<Block> blocks = new ArrayList<>();
    for (int from = 0; from < times.size(); from += blockRows) {
      int to = Math.min(times.size(), from + blockRows);
      long[] t = new long[to - from];
      double[] v = new double[to - from];
      boolean[] nulls = new boolean[to - from];
      boolean anyNull = false;
      for (int i = from; i < to; i++) {
        t[i - from] = times.get(i);
        Double value = values.get(i);
        nulls[i - from] = value == null;
        anyNull |= value == null;
        v[i - from] = value == null ? 0 : value;
      }
      blocks.add(new Block(t, List.of(new Column(DataType.DOUBLE, v, anyNull ? nulls : null, to - from)), to - from));
    }
    return blocks;
  }
}
