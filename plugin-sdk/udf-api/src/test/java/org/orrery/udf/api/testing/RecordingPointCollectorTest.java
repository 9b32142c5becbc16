package org.orrery.udf.api.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.Type;

class RecordingPointCollectorTest {

  @Test
  void recordsPointsInOrder() {
    RecordingPointCollector collector = new RecordingPointCollector(Type.DOUBLE);
    collector.putDouble(1, 0.5);
    collector.putDouble(5, 1.5);
    assertArrayEquals(new long[] {1, 5}, collector.times());
    assertEquals(List.of(0.5, 1.5), collector.values());
    assertEquals(new RecordingPointCollector.Point(5, 1.5), collector.points().get(1));
  }

  @Test
  void rejectsTimesThatDoNotIncrease() {
    RecordingPointCollector collector = new RecordingPointCollector(Type.INT32);
    collector.putInt(10, 1);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> collector.putInt(10, 2));
    assertEquals("output times must strictly increase, but 10 follows 10", e.getMessage());
    assertThrows(IllegalStateException.class, () -> collector.putInt(9, 2));
  }

  @Test
  void rejectsValuesOfAnotherType() {
    RecordingPointCollector collector = new RecordingPointCollector(Type.INT64);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> collector.putInt(1, 3));
    assertEquals("putInt(1, 3) does not match the output type INT64", e.getMessage());
    collector.putLong(1, 3L);
    assertEquals(List.of(3L), collector.values());
  }

  @Test
  void textAndDatesAreRecordedAsBinaryAndLocalDate() {
    RecordingPointCollector text = new RecordingPointCollector(Type.TEXT);
    text.putString(1, "x");
    text.putBinary(2, Binary.of("y"));
    assertEquals(List.of(Binary.of("x"), Binary.of("y")), text.values());
    assertThrows(IllegalStateException.class,
        () -> new RecordingPointCollector(Type.BLOB).putString(1, "no"));
    RecordingPointCollector dates = new RecordingPointCollector(Type.DATE);
    dates.putDate(1, LocalDate.of(2024, 1, 2));
    assertEquals(List.of(LocalDate.of(2024, 1, 2)), dates.values());
  }
}
