package org.orrery.functions.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.functions.testing.Udtfs;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.testing.RecordingPointCollector;

/** time_difference, difference, non_negative_difference, derivative, non_negative_derivative. */
class VariationTest {
  private static final long[] TIMES = {10, 12, 13, 17};
  private static final Column INTS = Udtfs.ints(5, 1, 4, 4);

  @Test
  void timeDifferenceOfAnyType() throws Exception {
    RecordingPointCollector out = Udtfs.run("time_difference", TIMES, new Column[] {INTS});
    assertArrayEquals(new long[] {12, 13, 17}, out.times());
    assertEquals(List.of(2L, 1L, 4L), out.values());
    RecordingPointCollector text = Udtfs.run("time_difference", TIMES,
        new Column[] {Udtfs.texts("a", "b", "c", "d")});
    assertEquals(List.of(2L, 1L, 4L), text.values());
  }

  @Test
  void differenceKeepsTheType() throws Exception {
    assertEquals(List.of(-4, 3, 0),
        Udtfs.run("difference", TIMES, new Column[] {INTS}).values());
    assertEquals(List.of(4, 3, 0),
        Udtfs.run("non_negative_difference", TIMES, new Column[] {INTS}).values());
    assertEquals(List.of(-1.5f),
        Udtfs.run("difference", new long[] {1, 2}, new Column[] {Udtfs.floats(2f, 0.5f)}).values());
    assertEquals(List.of(0.25),
        Udtfs.run("non_negative_difference", new long[] {1, 2},
            new Column[] {Udtfs.doubles(1.0, 0.75)}).values());
  }

  /** Two INT64 values of the documentation's example: exact as long, not via double. */
  @Test
  void int64DifferenceIsExact() throws Exception {
    Column values = Udtfs.longs(7360723084922759782L, 4377791063319964531L);
    RecordingPointCollector out = Udtfs.run("difference", new long[] {37, 38}, new Column[] {values});
    assertEquals(List.of(-2982932021602795251L), out.values());
    RecordingPointCollector rate = Udtfs.run("derivative", new long[] {37, 38}, new Column[] {values});
    assertEquals(List.of(-2.982932021602795E18), rate.values());
  }

  @Test
  void derivativeIsDifferenceOverTimeDifference() throws Exception {
    RecordingPointCollector out = Udtfs.run("derivative", TIMES, new Column[] {INTS});
    assertArrayEquals(new long[] {12, 13, 17}, out.times());
    assertEquals(List.of(-2.0, 3.0, 0.0), out.values());
    assertEquals(List.of(2.0, 3.0, 0.0),
        Udtfs.run("non_negative_derivative", TIMES, new Column[] {INTS}).values());
  }

  @Test
  void firstPointAloneGivesNothing() throws Exception {
    for (String name : List.of("time_difference", "difference", "non_negative_difference",
        "derivative", "non_negative_derivative")) {
      assertEquals(0, Udtfs.run(name, new long[] {5}, new Column[] {Udtfs.doubles(1.0)})
          .points().size(), name);
    }
  }

  @Test
  void numericFunctionsRejectText() {
    for (String name : List.of("difference", "non_negative_difference", "derivative",
        "non_negative_derivative")) {
      assertThrows(UDFParameterNotValidException.class,
          () -> Udtfs.run(name, new long[] {1}, new Column[] {Udtfs.texts("a")}), name);
    }
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("derivative", new long[] {1},
            new Column[] {Udtfs.doubles(1.0), Udtfs.doubles(2.0)}));
  }
}
