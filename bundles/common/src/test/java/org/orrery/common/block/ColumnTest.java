package org.orrery.common.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;

class ColumnTest {

  @Test
  void everyTypeGetsItsArrayKind() {
    for (DataType type : DataType.values()) {
      Object array = Column.newArray(type, 3);
      assertTrue(Column.arrayClass(type).isInstance(array), type.name());
      assertEquals(3, java.lang.reflect.Array.getLength(array));
      Column column = new Column(type, array, null, 3);
      assertEquals(type, column.type());
    }
  }

  @Test
  void rejectsAnArrayOfTheWrongKindNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Column(DataType.DOUBLE, new long[2], null, 2));
    assertTrue(e.getMessage().contains("DOUBLE"), e.getMessage());
    assertTrue(e.getMessage().contains("long[]"), e.getMessage());
  }

  @Test
  void rejectsArraysShorterThanTheSize() {
    assertThrows(IllegalArgumentException.class, () -> new Column(DataType.INT32, new int[1], null, 2));
    assertThrows(IllegalArgumentException.class,
        () -> new Column(DataType.INT32, new int[2], new boolean[1], 2));
  }

  @Test
  void nullFlagsAndNullBinaryEntriesAreNulls() {
    Column ints = new Column(DataType.INT32, new int[] {7, 8, 9}, new boolean[] {false, true, false}, 3);
    assertFalse(ints.isNull(0));
    assertTrue(ints.isNull(1));
    assertEquals(7, ints.get(0));
    assertNull(ints.get(1));
    assertEquals(9, ints.get(2));

    byte[][] text = {"a".getBytes(StandardCharsets.UTF_8), null};
    Column strings = new Column(DataType.TEXT, text, null, 2);
    assertFalse(strings.mayHaveNulls());
    assertTrue(strings.isNull(1));
    assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), (byte[]) strings.get(0));
  }

  @Test
  void boxesValuesByType() {
    assertEquals(Boolean.TRUE, new Column(DataType.BOOLEAN, new boolean[] {true}, null, 1).get(0));
    assertEquals(5L, new Column(DataType.TIMESTAMP, new long[] {5}, null, 1).get(0));
    assertEquals(20240101, new Column(DataType.DATE, new int[] {20240101}, null, 1).get(0));
    assertEquals(1.5f, new Column(DataType.FLOAT, new float[] {1.5f}, null, 1).get(0));
    assertEquals(-0.0, new Column(DataType.DOUBLE, new double[] {-0.0}, null, 1).get(0));
  }

  @Test
  void allNullColumnHasNoValues() {
    Column column = Column.allNull(DataType.DOUBLE, 4);
    for (int i = 0; i < 4; i++) {
      assertTrue(column.isNull(i));
    }
  }

  @Test
  void blockChecksColumnSizesAndTimes() {
    Column a = new Column(DataType.INT64, new long[] {1, 2}, null, 2);
    Block block = new Block(new long[] {10, 20}, List.of(a), 2);
    assertEquals(2, block.rowCount());
    assertEquals(20, block.time(1));
    assertEquals(1, block.columnCount());
    assertThrows(IllegalArgumentException.class, () -> new Block(new long[] {10}, List.of(a), 2));
    assertThrows(IllegalArgumentException.class, () -> new Block(null, List.of(a), 3));

    Block untimed = new Block(null, List.of(a), 2);
    assertFalse(untimed.hasTimes());
    assertThrows(IllegalStateException.class, untimed::times);
  }
}
