package org.orrery.udf.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.access.RowIterator;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.column.ColumnBatch;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.Type;

class InputTableTest {

  private final InputTable table =
      new InputTable(
          new long[] {100, 200, 300},
          Column.ofLongs(Type.INT64, new long[] {1, 2, 3}, new boolean[] {false, true, false}),
          Column.ofBinaries(Type.STRING, new Binary[] {Binary.of("a"), Binary.of("b"), null}));

  @Test
  void rowsExposeTimesValuesAndNulls() {
    List<Row> rows = table.rows();
    assertEquals(3, rows.size());
    Row first = rows.get(0);
    assertEquals(100, first.getTime());
    assertEquals(2, first.size());
    assertEquals(Type.STRING, first.getDataType(1));
    assertEquals(1L, first.getLong(0));
    assertEquals("a", first.getString(1));
    assertTrue(rows.get(1).isNull(0));
    assertTrue(rows.get(2).isNull(1));
  }

  @Test
  void windowsCoverRowRangesAndIterate() {
    RowWindow window = table.window(1, 3);
    assertEquals(2, window.windowSize());
    assertEquals(200, window.windowStartTime());
    assertEquals(301, window.windowEndTime());
    assertEquals(300, window.getRow(1).getTime());
    assertThrows(IndexOutOfBoundsException.class, () -> window.getRow(2));
    RowIterator iterator = window.getRowIterator();
    assertEquals(200, iterator.next().getTime());
    assertEquals(300, iterator.next().getTime());
    assertFalse(iterator.hasNextRow());
    assertThrows(NoSuchElementException.class, iterator::next);
    iterator.reset();
    assertEquals(200, iterator.next().getTime());
  }

  @Test
  void emptyWindowsNeedExplicitBounds() {
    RowWindow empty = table.window(1, 1, 150, 200);
    assertEquals(0, empty.windowSize());
    assertEquals(150, empty.windowStartTime());
    assertFalse(empty.getRowIterator().hasNextRow());
    assertThrows(IllegalArgumentException.class, () -> table.window(1, 1));
  }

  @Test
  void batchesCarryTheSelection() {
    BitSet selected = new BitSet();
    selected.set(1);
    ColumnBatch batch = table.asBatch(selected);
    assertEquals(1, batch.getSelectedCount());
    assertEquals(200, batch.getTime(1));
    assertEquals(3, table.asBatch().getSelectedCount());
  }

  @Test
  void rejectsUnorderedTimesAndShortColumns() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new InputTable(new long[] {2, 2}));
    assertEquals("row times must strictly increase, but row 1 has time 2 after 2", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new InputTable(new long[] {1, 2}, Column.ofDoubles(new double[] {1}, null)));
  }
}
