package org.orrery.storage.memtable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.WriteBatch;

/**
 * {@link SortedRows} against a model (a sorted map in which a later non-null value for a
 * timestamp replaces an earlier one), for memtables appended in time order with and without
 * repeated timestamps, out of order, with nulls, and for time ranges cutting into them.
 */
class SortedRowsTest {
  private static final PartialPath DB = PartialPath.parse("root.sg");
  private static final PartialPath DEVICE = PartialPath.parse("root.sg.d");

  @Test
  void inOrderWithoutRepeats() {
    check(new Random(1), false, false, false);
  }

  @Test
  void inOrderWithRepeatedTimestamps() {
    check(new Random(2), false, true, false);
  }

  @Test
  void outOfOrderWithRepeatsAndNulls() {
    check(new Random(3), true, true, true);
  }

  @Test
  void inOrderWithNulls() {
    check(new Random(4), false, false, true);
  }

  private static void check(Random random, boolean shuffled, boolean repeats, boolean nulls) {
    for (int round = 0; round < 20; round++) {
      DeviceBuffer buffer = new DeviceBuffer(DEVICE, false);
      TreeMap<Long, Double> model = new TreeMap<>();
      TreeMap<Long, Boolean> anyRow = new TreeMap<>();
      long time = 0;
      int batches = 1 + random.nextInt(4);
      for (int b = 0; b < batches; b++) {
        int n = 1 + random.nextInt(9_000);
        long[] times = new long[n];
        double[] values = new double[n];
        boolean[] nullMask = new boolean[n];
        for (int r = 0; r < n; r++) {
          time += repeats && random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
          times[r] = shuffled && random.nextInt(3) == 0 ? time - random.nextInt(500) : time;
          values[r] = random.nextInt(1000) / 8.0;
          nullMask[r] = nulls && random.nextInt(4) == 0;
          anyRow.put(times[r], true);
          if (!nullMask[r]) {
            model.put(times[r], values[r]);
          }
        }
        WriteBatch batch = new WriteBatch(DB, DEVICE, false, List.of("v"), times,
            List.of(new Column(DataType.DOUBLE, values, nulls ? nullMask : null, n)), n);
        buffer.append(batch, null, n);
      }
      long from = random.nextBoolean() ? Long.MIN_VALUE : random.nextInt((int) Math.max(1, time));
      long to = random.nextBoolean() ? Long.MAX_VALUE : from + random.nextInt((int) Math.max(1, time));
      SortedRows rows = buffer.sorted(from, to);
      Map<Long, Boolean> expectedRows = anyRow.subMap(from, true, to, true);
      long[] expectedTimes = expectedRows.keySet().stream().mapToLong(Long::longValue).toArray();
      assertArrayEquals(expectedTimes, rows.times(), "round " + round);
      List<Double> actual = new ArrayList<>();
      int split = rows.size() / 3;
      Column head = rows.column("v", DataType.DOUBLE, 0, split);
      Column tail = rows.column("v", DataType.DOUBLE, split, rows.size() - split);
      for (Column c : List.of(head, tail)) {
        for (int i = 0; i < c.size(); i++) {
          actual.add(c.isNull(i) ? null : c.doubles()[i]);
        }
      }
      List<Double> expected = new ArrayList<>();
      for (long t : expectedTimes) {
        expected.add(model.get(t));
      }
      assertEquals(expected, actual, "round " + round);
    }
  }
}
