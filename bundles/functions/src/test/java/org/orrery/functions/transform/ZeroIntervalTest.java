package org.orrery.functions.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.functions.testing.Udtfs;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.testing.RecordingPointCollector;

/** The continuous interval functions on the documentation's example (times 0..7). */
class ZeroIntervalTest {
  private static final long[] TIMES = Udtfs.times(0, 8);

  @Test
  void zeroCountOfInts() throws Exception {
    RecordingPointCollector out = Udtfs.run("zero_count", TIMES,
        new Column[] {Udtfs.ints(0, 1, 1, 0, 1, 0, 0, 1)});
    assertArrayEquals(new long[] {0, 3, 5}, out.times());
    assertEquals(List.of(1L, 1L, 2L), out.values());
  }

  @Test
  void nonZeroCountOfLongs() throws Exception {
    RecordingPointCollector out = Udtfs.run("non_zero_count", TIMES,
        new Column[] {Udtfs.longs(0, 1, 1, 0, 1, 0, 0, 1)});
    assertArrayEquals(new long[] {1, 4, 7}, out.times());
    assertEquals(List.of(2L, 1L, 1L), out.values());
  }

  @Test
  void zeroDurationOfFloats() throws Exception {
    RecordingPointCollector out = Udtfs.run("zero_duration", TIMES,
        new Column[] {Udtfs.floats(0, 1, 1, 0, 1, 0, 0, 1)});
    assertArrayEquals(new long[] {0, 3, 5}, out.times());
    assertEquals(List.of(0L, 0L, 1L), out.values());
  }

  @Test
  void nonZeroDurationOfDoublesIncludesTheLastRun() throws Exception {
    RecordingPointCollector out = Udtfs.run("non_zero_duration", TIMES,
        new Column[] {Udtfs.doubles(0, 1, 1, 0, 1, 0, 0, 1)});
    assertArrayEquals(new long[] {1, 4, 7}, out.times());
    assertEquals(List.of(1L, 0L, 0L), out.values());
  }

  @Test
  void booleansCountFalseAsZero() throws Exception {
    RecordingPointCollector out = Udtfs.run("zero_count", TIMES,
        new Column[] {Udtfs.booleans(false, true, true, false, true, false, false, true)});
    assertEquals(List.of(1L, 1L, 2L), out.values());
  }

  @Test
  void minAndMaxFilterRuns() throws Exception {
    Column values = Udtfs.ints(0, 1, 1, 0, 1, 0, 0, 1);
    assertEquals(List.of(2L), Udtfs.run("zero_count", TIMES, new Column[] {values},
        "min", "2").values());
    assertEquals(List.of(1L, 1L), Udtfs.run("non_zero_count", TIMES, new Column[] {values},
        "max", "1").values());
    RecordingPointCollector durations = Udtfs.run("non_zero_duration", TIMES,
        new Column[] {values}, "min", "1", "max", "1");
    assertArrayEquals(new long[] {1}, durations.times());
  }

  @Test
  void runsMeasureTimeNotRowsForDuration() throws Exception {
    RecordingPointCollector out = Udtfs.run("zero_duration", new long[] {100, 250, 400, 410},
        new Column[] {Udtfs.ints(0, 0, 0, 7)});
    assertEquals(List.of(300L), out.values());
    assertArrayEquals(new long[] {100}, out.times());
  }

  @Test
  void badAttributesAndTypesAreRejected() {
    UDFParameterNotValidException error = assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("zero_count", TIMES, new Column[] {Udtfs.ints(0, 1, 1, 0, 1, 0, 0, 1)},
            "min", "5", "max", "2"));
    assertTrue(error.getMessage().contains("zero_count"), error.getMessage());
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("zero_duration", new long[] {1}, new Column[] {Udtfs.texts("0")}));
  }
}
