package org.orrery.udf.api.column;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.Type;

class ColumnTest {

  @Test
  void doubleColumnReadsValuesAndNullMarks() {
    Column column = Column.ofDoubles(new double[] {1.5, 0, 3.25}, new boolean[] {false, true, false});
    assertEquals(Type.DOUBLE, column.getDataType());
    assertEquals(3, column.getPositionCount());
    assertEquals(1.5, column.getDouble(0));
    assertTrue(column.isNull(1));
    assertFalse(column.isNull(2));
    assertEquals(3.25, column.getDouble(2));
  }

  @Test
  void withoutNullMarksNoPositionIsNull() {
    Column column = Column.ofBooleans(new boolean[] {true, false}, null);
    assertFalse(column.isNull(0));
    assertFalse(column.isNull(1));
    assertFalse(column.getBoolean(1));
    assertThrows(IndexOutOfBoundsException.class, () -> column.isNull(2));
  }

  @Test
  void theWrongGetterNamesTheColumnType() {
    Column column = Column.ofFloats(new float[] {1f}, null);
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> column.getLong(0));
    assertEquals("a FLOAT column has no long values", e.getMessage());
    assertEquals(1f, column.getFloat(0));
  }

  @Test
  void nullMarksMustCoverEveryPosition() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Column.ofDoubles(new double[] {1, 2, 3}, new boolean[] {false}));
    assertTrue(e.getMessage().contains("1 positions") && e.getMessage().contains("3"),
        e.getMessage());
  }

  @Test
  void intAndLongColumnsAcceptOnlyMatchingTypes() {
    Column date = Column.ofInts(Type.DATE, new int[] {20240315}, null);
    assertEquals(LocalDate.of(2024, 3, 15), date.getDate(0));
    assertEquals(20240315, date.getInt(0));
    Column stamp = Column.ofLongs(Type.TIMESTAMP, new long[] {42L}, null);
    assertEquals(42L, stamp.getLong(0));
    assertThrows(IllegalArgumentException.class,
        () -> Column.ofInts(Type.INT64, new int[] {1}, null));
    assertThrows(IllegalArgumentException.class,
        () -> Column.ofLongs(Type.DOUBLE, new long[] {1}, null));
    assertThrows(UnsupportedOperationException.class,
        () -> Column.ofInts(Type.INT32, new int[] {1}, null).getDate(0));
  }

  @Test
  void binaryColumnTreatsNullElementsAsNullValues() {
    Column text = Column.ofBinaries(Type.TEXT, new Binary[] {Binary.of("on"), null});
    assertEquals("on", text.getString(0));
    assertTrue(text.isNull(1));
    Column blob = Column.ofBinaries(Type.BLOB, new Binary[] {Binary.of(new byte[] {7})});
    assertEquals(7, blob.getBinary(0).byteAt(0));
    assertThrows(UnsupportedOperationException.class, () -> blob.getString(0));
    assertThrows(IllegalArgumentException.class,
        () -> Column.ofBinaries(Type.INT32, new Binary[0]));
  }
}
