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
import org.orrery.udf.api.type.Type;

/** top_k and bottom_k. */
class SelectorTest {
  /** The documentation's example: five INT64 values at times 531..535. */
  private static final long[] TIMES = {531, 532, 533, 534, 535};
  private static final Column VALUES = Udtfs.longs(1531604122307244742L, -7426070874923281101L,
      -7162825364312197604L, -8581625725655917595L, -7667364751255535391L);

  @Test
  void topKKeepsTheLargestInTimeOrder() throws Exception {
    RecordingPointCollector out = Udtfs.run("top_k", TIMES, new Column[] {VALUES}, "k", "2");
    assertArrayEquals(new long[] {531, 533}, out.times());
    assertEquals(List.of(1531604122307244742L, -7162825364312197604L), out.values());
  }

  @Test
  void bottomKKeepsTheSmallestInTimeOrder() throws Exception {
    RecordingPointCollector out = Udtfs.run("bottom_k", TIMES, new Column[] {VALUES}, "k", "2");
    assertArrayEquals(new long[] {534, 535}, out.times());
    assertEquals(List.of(-8581625725655917595L, -7667364751255535391L), out.values());
  }

  @Test
  void equalValuesKeepTheEarlierPoints() throws Exception {
    Column values = Udtfs.ints(5, 9, 5, 9, 1);
    RecordingPointCollector top = Udtfs.run("top_k", Udtfs.times(1, 5), new Column[] {values}, "k", "3");
    assertArrayEquals(new long[] {1, 2, 4}, top.times());
    RecordingPointCollector bottom = Udtfs.run("bottom_k", Udtfs.times(1, 5), new Column[] {values}, "k", "2");
    assertArrayEquals(new long[] {1, 5}, bottom.times());
    assertEquals(List.of(5, 1), bottom.values());
  }

  @Test
  void fewerPointsThanKOutputsAll() throws Exception {
    RecordingPointCollector out = Udtfs.run("top_k", Udtfs.times(10, 2),
        new Column[] {Udtfs.doubles(2.5, -1.0)}, "k", "1000");
    assertEquals(List.of(2.5, -1.0), out.values());
    RecordingPointCollector empty = Udtfs.run("top_k", new long[0],
        new Column[] {Udtfs.doubles()}, "k", "3");
    assertEquals(0, empty.points().size());
  }

  @Test
  void textAndFloatInputs() throws Exception {
    RecordingPointCollector text = Udtfs.run("top_k", Udtfs.times(1, 4),
        new Column[] {Udtfs.texts("b", "d", "a", "c")}, "k", "2");
    assertEquals(List.of("d", "c"), Udtfs.values(text));
    RecordingPointCollector floats = Udtfs.run("bottom_k", Udtfs.times(1, 3),
        new Column[] {Udtfs.floats(0.5f, -0.25f, 3f)}, "k", "1");
    assertEquals(List.of(-0.25f), floats.values());
  }

  @Test
  void kMustBeBetweenOneAndOneThousand() {
    for (String k : List.of("0", "1001", "-1")) {
      UDFParameterNotValidException error = assertThrows(UDFParameterNotValidException.class,
          () -> Udtfs.run("top_k", TIMES, new Column[] {VALUES}, "k", k));
      assertTrue(error.getMessage().contains("top_k"), error.getMessage());
      assertTrue(error.getMessage().contains("'k'"), error.getMessage());
    }
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("bottom_k", TIMES, new Column[] {VALUES}));
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("bottom_k", TIMES, new Column[] {VALUES}, "k", "two"));
  }

  @Test
  void booleanInputIsRejected() {
    UDFParameterNotValidException error = assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("top_k", Udtfs.times(1, 1), new Column[] {Udtfs.booleans(true)}, "k", "1"));
    assertTrue(error.getMessage().contains(Type.BOOLEAN.name()), error.getMessage());
  }
}
