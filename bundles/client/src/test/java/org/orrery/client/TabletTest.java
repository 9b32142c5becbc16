package org.orrery.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;

class TabletTest {
  private static final List<String> NAMES = List.of("d", "f", "l", "i", "b", "t");
  private static final List<DataType> TYPES = List.of(
      DataType.DOUBLE, DataType.FLOAT, DataType.INT64, DataType.INT32, DataType.BOOLEAN, DataType.TEXT);

  @Test
  void typedSettersFillColumnsAndUnsetValuesAreNull() {
    Tablet tablet = new Tablet("root.sg.d1", NAMES, TYPES, 1);
    for (int r = 0; r < 70; r++) { // past the capacity and past one 64-row presence word
      tablet.setTime(r, 100L + r);
      tablet.setDouble(r, 0, r * 0.5);
      tablet.setFloat(r, 1, r + 0.25f);
      tablet.setLong(r, 2, -r);
      if (r % 3 != 0) {
        tablet.setInt(r, 3, r * 7);
      }
      tablet.setBoolean(r, 4, r % 2 == 0);
      tablet.setText(r, 5, r == 69 ? null : "v" + r);
    }
    assertEquals(70, tablet.rowCount());
    Block block = tablet.toWire().block();
    assertEquals(70, block.rowCount());
    assertEquals(169L, block.times()[69]);
    assertFalse(block.columns().get(0).mayHaveNulls(), "a complete column travels without a bitmap");
    Column ints = block.columns().get(3);
    Column texts = block.columns().get(5);
    for (int r = 0; r < 70; r++) {
      assertEquals(r * 0.5, block.columns().get(0).doubles()[r]);
      assertEquals(r + 0.25f, block.columns().get(1).floats()[r]);
      assertEquals(-r, block.columns().get(2).longs()[r]);
      assertEquals(r % 3 == 0, ints.isNull(r), "row " + r);
      assertEquals(r % 3 == 0, tablet.isNull(r, 3));
      if (r % 3 != 0) {
        assertEquals(r * 7, ints.ints()[r]);
      }
      assertEquals(r % 2 == 0, block.columns().get(4).booleans()[r]);
    }
    assertTrue(texts.isNull(69));
    assertEquals("v68", new String(texts.binaries()[68], StandardCharsets.UTF_8));
  }

  @Test
  void resetForgetsValuesSoStaleOnesNeverTravel() {
    Tablet tablet = new Tablet("root.sg.d1", List.of("t", "d"), List.of(DataType.TEXT, DataType.DOUBLE), 4);
    tablet.addRow(1, "old", 1.0);
    tablet.reset();
    tablet.setTime(0, 2);
    tablet.setDouble(0, 1, 2.0);
    Block block = tablet.toWire().block();
    assertEquals(1, block.rowCount());
    assertTrue(block.columns().get(0).isNull(0), "the text of the earlier batch is gone");
    assertNull(block.columns().get(0).binaries()[0]);
    assertEquals(2.0, block.columns().get(1).doubles()[0]);
    assertFalse(block.columns().get(1).mayHaveNulls());
  }

  @Test
  void setNullAndSetTimeOfAnEarlierRow() {
    Tablet tablet = new Tablet("root.sg.d1", List.of("d"), List.of(DataType.DOUBLE), 2);
    tablet.addRow(1, 1.5);
    tablet.addRow(2, 2.5);
    tablet.setNull(0, 0);
    tablet.setTime(1, 20);
    Block block = tablet.toWire().block();
    assertTrue(block.columns().get(0).isNull(0));
    assertFalse(block.columns().get(0).isNull(1));
    assertArrayEquals(new long[] {1, 20}, java.util.Arrays.copyOf(block.times(), 2));
  }

  @Test
  void misuseIsRefusedNamingRowColumnOrType() {
    Tablet tablet = new Tablet("root.sg.d1", NAMES, TYPES, 4);
    ClientException gap = assertThrows(ClientException.class, () -> tablet.setTime(1, 5));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, gap.code());
    assertTrue(gap.getMessage().contains("row 1"), gap.getMessage());
    ClientException noRow = assertThrows(ClientException.class, () -> tablet.setDouble(0, 0, 1.0));
    assertTrue(noRow.getMessage().contains("row 0"), noRow.getMessage());
    tablet.setTime(0, 5);
    ClientException wrongType = assertThrows(ClientException.class, () -> tablet.setDouble(0, 2, 1.0));
    assertTrue(wrongType.getMessage().contains("root.sg.d1.l"), wrongType.getMessage());
    assertTrue(wrongType.getMessage().contains("INT64"), wrongType.getMessage());
    ClientException noColumn = assertThrows(ClientException.class, () -> tablet.setLong(0, 6, 1));
    assertTrue(noColumn.getMessage().contains("column 6"), noColumn.getMessage());
    assertThrows(ClientException.class, () -> tablet.setBytes(0, 0, new byte[1]));
  }

  @Test
  void aRejectedRowLeavesTheTabletUnchanged() {
    Tablet tablet = new Tablet("root.sg.d1", List.of("a", "b"), List.of(DataType.INT32, DataType.INT32), 1);
    tablet.addRow(1, 1, 2);
    ClientException e = assertThrows(ClientException.class, () -> tablet.addRow(2, 3, "four"));
    assertTrue(e.getMessage().contains("root.sg.d1.b"), e.getMessage());
    assertEquals(1, tablet.rowCount());
    assertEquals(1, tablet.toWire().block().columns().get(0).ints()[0]);
  }
}
