package org.orrery.udf.api.column;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ColumnBatchTest {

  private static final long[] TIMES = {10, 20, 30};

  @Test
  void withoutSelectionEveryRowCounts() {
    ColumnBatch batch = new ColumnBatch(TIMES, Column.ofDoubles(new double[] {1, 2, 3}, null));
    assertEquals(3, batch.getPositionCount());
    assertEquals(3, batch.getSelectedCount());
    assertTrue(batch.isSelected(2));
    assertEquals(20, batch.getTime(1));
    assertEquals(2.0, batch.getColumn(0).getDouble(1));
  }

  @Test
  void selectionMarksTheRowsToAggregate() {
    BitSet selected = new BitSet();
    selected.set(0);
    selected.set(2);
    ColumnBatch batch =
        new ColumnBatch(TIMES, new Column[] {Column.ofDoubles(new double[] {1, 2, 3}, null)},
            selected);
    assertTrue(batch.isSelected(0));
    assertFalse(batch.isSelected(1));
    assertEquals(2, batch.getSelectedCount());
    assertThrows(IndexOutOfBoundsException.class, () -> batch.isSelected(3));
  }

  @Test
  void rejectsColumnsOfAnotherLength() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ColumnBatch(TIMES,
                Column.ofDoubles(new double[] {1, 2, 3}, null),
                Column.ofDoubles(new double[] {1, 2}, null)));
    assertEquals("input column 1 has 2 positions but the batch has 3 rows", e.getMessage());
  }

  @Test
  void rejectsASelectionPastTheEnd() {
    BitSet selected = new BitSet();
    selected.set(3);
    assertThrows(IllegalArgumentException.class,
        () -> new ColumnBatch(TIMES, new Column[0], selected));
  }

  @Test
  void rejectsNullColumnsAndUnknownInputs() {
    assertThrows(IllegalArgumentException.class,
        () -> new ColumnBatch(TIMES, new Column[] {null}));
    ColumnBatch batch = new ColumnBatch(TIMES);
    assertThrows(IndexOutOfBoundsException.class, () -> batch.getColumn(0));
  }
}
