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

/** M4 on the documentation's example series. */
class M4Test {
  private static final long[] TIMES = {1, 2, 5, 8, 10, 20, 25, 27, 30, 33, 35, 40, 45, 52, 54};
  private static final Column S1 = Udtfs.doubles(
      5, 15, 10, 8, 30, 20, 8, 20, 40, 9, 10, 20, 30, 8, 18);

  @Test
  void timeWindows() throws Exception {
    RecordingPointCollector out = Udtfs.run("m4", TIMES, new Column[] {S1},
        "timeInterval", "25", "displayWindowBegin", "0", "displayWindowEnd", "100");
    // [0,25): first 1, top 10, last 20; [25,50): first+bottom 25, top 30, last 45; [50,75): 52, 54.
    assertArrayEquals(new long[] {1, 10, 20, 25, 30, 45, 52, 54}, out.times());
    assertEquals(List.of(5.0, 30.0, 20.0, 8.0, 40.0, 30.0, 8.0, 18.0), out.values());
  }

  @Test
  void sizeWindows() throws Exception {
    RecordingPointCollector out = Udtfs.run("m4", TIMES, new Column[] {S1}, "windowSize", "10");
    // Rows 1..33: first+bottom 1, top 30, last 33; rows 35..54: first 35, top 45, bottom 52, last 54.
    assertArrayEquals(new long[] {1, 30, 33, 35, 45, 52, 54}, out.times());
    assertEquals(List.of(5.0, 40.0, 9.0, 10.0, 30.0, 8.0, 18.0), out.values());
  }

  @Test
  void overlappingWindowsDoNotRepeatPoints() throws Exception {
    RecordingPointCollector out = Udtfs.run("m4", Udtfs.times(1, 4),
        new Column[] {Udtfs.ints(3, 1, 4, 2)}, "windowSize", "3", "slidingStep", "2");
    // Rows 1..3 give times 1, 2 (bottom), 3 (top, last); rows 3..4 give 3 again and 4.
    assertArrayEquals(new long[] {1, 2, 3, 4}, out.times());
    assertEquals(List.of(3, 1, 4, 2), out.values());
  }

  @Test
  void timeWindowsFromTheFirstPointWithAnEndOnly() throws Exception {
    RecordingPointCollector out = Udtfs.run("m4", TIMES, new Column[] {S1},
        "timeInterval", "25", "displayWindowEnd", "30");
    // Windows start at time 1: [1,26) then [26,51); points at or after 30 are ignored.
    assertArrayEquals(new long[] {1, 10, 25, 27}, out.times());
    assertEquals(List.of(5.0, 30.0, 8.0, 20.0), out.values());
  }

  @Test
  void wholeValuesKeepTheirTypeAndOrder() throws Exception {
    RecordingPointCollector out = Udtfs.run("m4", Udtfs.times(1, 3),
        new Column[] {Udtfs.longs(9007199254740993L, 9007199254740992L, 9007199254740994L)},
        "windowSize", "3");
    assertEquals(List.of(9007199254740993L, 9007199254740992L, 9007199254740994L), out.values());
  }

  @Test
  void windowFormsMustBeChosenOnce() {
    UDFParameterNotValidException neither = assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("m4", TIMES, new Column[] {S1}));
    assertTrue(neither.getMessage().contains("m4"), neither.getMessage());
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("m4", TIMES, new Column[] {S1}, "windowSize", "3", "timeInterval", "5"));
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("m4", TIMES, new Column[] {S1}, "windowSize", "0"));
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("m4", TIMES, new Column[] {S1}, "windowSize", "3",
            "displayWindowBegin", "0"));
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("m4", Udtfs.times(1, 1), new Column[] {Udtfs.texts("a")},
            "windowSize", "3"));
  }
}
