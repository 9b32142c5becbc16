package org.orrery.trigger.api.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabletTest {

  private static BitSet rows(int... indexes) {
    BitSet bits = new BitSet();
    for (int index : indexes) {
      bits.set(index);
    }
    return bits;
  }

  private final Tablet tablet =
      Tablet.builder("root.sg.d1", new long[] {30, 10, 20})
          .addDoubles("temperature", new double[] {21.5, 0, 23.0}, rows(1))
          .addInts("status", new int[] {1, 2, 3}, null)
          .addStrings("mode", new String[] {"auto", null, "manual"})
          .add("day", Type.DATE, new int[] {20240101, 20240229, 20241231}, null)
          .add("seen", Type.TIMESTAMP, new long[] {5, 6, 7}, rows(0, 2))
          .build();

  @Test
  void exposesDeviceMeasurementsTypesAndRows() {
    assertEquals("root.sg.d1", tablet.getDeviceId());
    assertEquals(3, tablet.getRowCount());
    assertEquals(5, tablet.getColumnCount());
    assertEquals(List.of("temperature", "status", "mode", "day", "seen"), tablet.getMeasurements());
    assertEquals(Type.STRING, tablet.getType(2));
    assertEquals("root.sg.d1.status", tablet.getPath(1));
    assertEquals(1, tablet.getColumnIndex("status"));
    assertEquals(-1, tablet.getColumnIndex("pressure"));
    // Rows keep the write's order, which need not be time order.
    assertArrayEquals(new long[] {30, 10, 20}, tablet.getTimestamps());
    assertEquals(10, tablet.getTimestamp(1));
  }

  @Test
  void nullBitmapsAndNullBinaryElementsMarkNullCells() {
    assertFalse(tablet.isNull(0, 0));
    assertTrue(tablet.isNull(0, 1));
    assertFalse(tablet.isNull(1, 1), "a column without a bitmap has no nulls");
    assertTrue(tablet.isNull(2, 1), "a null string element is a null cell");
    assertNull(tablet.getString(2, 1));
    assertTrue(tablet.isNull(4, 0));
    assertFalse(tablet.isNull(4, 1));
    assertTrue(tablet.isNull(4, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> tablet.isNull(0, 3));
  }

  @Test
  void typedGettersReadCells() {
    assertEquals(23.0, tablet.getDouble(0, 2));
    assertEquals(3, tablet.getInt(1, 2));
    assertEquals(2.0, tablet.getAsDouble(1, 1));
    assertEquals("manual", tablet.getString(2, 2));
    assertArrayEquals("auto".getBytes(StandardCharsets.UTF_8), tablet.getBytes(2, 0));
    assertEquals(LocalDate.of(2024, 2, 29), tablet.getDate(3, 1));
    assertEquals(20241231, tablet.getInt(3, 2));
    assertEquals(6L, tablet.getLong(4, 1));
  }

  @Test
  void theWrongGetterNamesThePathAndType() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> tablet.getLong(0, 0));
    assertEquals("getLong cannot read column 0 (root.sg.d1.temperature) of type DOUBLE",
        e.getMessage());
    assertThrows(IllegalStateException.class, () -> tablet.getAsDouble(2, 0));
    assertThrows(IllegalStateException.class, () -> tablet.getDate(1, 0));
  }

  @Test
  void gettersDoNotExposeInternalArrays() {
    tablet.getTimestamps()[0] = 99;
    assertEquals(30, tablet.getTimestamp(0));
    tablet.getBytes(2, 0)[0] = 'X';
    assertEquals("auto", tablet.getString(2, 0));
    assertThrows(UnsupportedOperationException.class, () -> tablet.getMeasurements().add("x"));
  }

  @Test
  void builderRejectsColumnsOfTheWrongLengthOrArray() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Tablet.builder("root.sg.d1", new long[] {1, 2})
                .addDoubles("s1", new double[] {1}, null));
    assertEquals("measurement 's1' has 1 values but the tablet has 2 rows", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Tablet.builder("root.sg.d1", new long[] {1})
            .add("s1", Type.INT64, new int[] {1}, null));
    assertEquals("measurement 's1' of type INT64 needs a long[] but got a int[]", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Tablet.builder("root.sg.d1", new long[] {1})
            .addLongs("s1", new long[] {1}, rows(1)));
    assertEquals("measurement 's1' marks row 1 null but the tablet has 1 rows", e.getMessage());
  }

  @Test
  void builderRejectsDuplicateMeasurementsAndBlankDevices() {
    Tablet.Builder builder =
        Tablet.builder("root.sg.d1", new long[] {1}).addFloats("s1", new float[] {1f}, null);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> builder.addBooleans("s1", new boolean[] {true}, null));
    assertEquals("measurement 's1' appears twice in the tablet of root.sg.d1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Tablet.builder(" ", new long[0]));
  }

  @Test
  void laterChangesToTheNullBitmapDoNotLeakIn() {
    BitSet nulls = rows(0);
    Tablet built =
        Tablet.builder("root.sg.d2", new long[] {1, 2}).addLongs("s", new long[] {1, 2}, nulls)
            .build();
    nulls.set(1);
    assertFalse(built.isNull(0, 1));
  }
}
