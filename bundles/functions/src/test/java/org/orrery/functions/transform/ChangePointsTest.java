package org.orrery.functions.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.functions.testing.Udtfs;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.testing.RecordingPointCollector;

/** change_points on the documentation's example (times 1..5). */
class ChangePointsTest {
  private static final long[] TIMES = Udtfs.times(1, 5);

  @Test
  void collapsesRunsOfEqualValues() throws Exception {
    RecordingPointCollector booleans = Udtfs.run("change_points", TIMES,
        new Column[] {Udtfs.booleans(true, true, false, true, true)});
    assertArrayEquals(new long[] {1, 3, 4}, booleans.times());
    assertEquals(List.of(true, false, true), booleans.values());
    assertArrayEquals(new long[] {1, 2, 3},
        Udtfs.run("change_points", TIMES, new Column[] {Udtfs.ints(1, 2, 1, 1, 1)}).times());
    assertArrayEquals(new long[] {1, 2, 4},
        Udtfs.run("change_points", TIMES, new Column[] {Udtfs.longs(1, 2, 2, 3, 3)}).times());
    assertArrayEquals(new long[] {1, 2, 3},
        Udtfs.run("change_points", TIMES, new Column[] {Udtfs.floats(1, 2, 1, 1, 1)}).times());
    assertArrayEquals(new long[] {1},
        Udtfs.run("change_points", TIMES, new Column[] {Udtfs.doubles(1, 1, 1, 1, 1)}).times());
    RecordingPointCollector texts = Udtfs.run("change_points", TIMES,
        new Column[] {Udtfs.texts("1test1", "2test2", "2test2", "1test1", "1test1")});
    assertArrayEquals(new long[] {1, 2, 4}, texts.times());
    assertEquals(List.of("1test1", "2test2", "1test1"), Udtfs.values(texts));
  }
}
