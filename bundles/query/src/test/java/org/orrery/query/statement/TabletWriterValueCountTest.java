package org.orrery.query.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** The value count an insert reports: rows minus nulls, per column. */
class TabletWriterValueCountTest {

  @Test
  void fullNumericColumnCountsEveryRow() {
    Column column = new Column(DataType.DOUBLE, new double[] {1, 2, 3, 4, 5}, null, 5);
    assertEquals(5, TabletWriter.valueCount(column, 5));
    // Only the tablet's rows count, not the spare capacity of the array.
    assertEquals(3, TabletWriter.valueCount(column, 3));
  }

  @Test
  void nullFlagsAreNotCounted() {
    boolean[] nulls = {false, true, true, false, false, true};
    Column column = new Column(DataType.INT64, new long[6], nulls, 6);
    assertEquals(3, TabletWriter.valueCount(column, 6));
    assertEquals(1, TabletWriter.valueCount(column, 3));
  }

  @Test
  void nullTextValuesAreNotCountedEvenWithoutNullFlags() {
    byte[][] values = {"a".getBytes(StandardCharsets.UTF_8), null, "c".getBytes(StandardCharsets.UTF_8), null};
    Column column = new Column(DataType.TEXT, values, null, 4);
    assertEquals(2, TabletWriter.valueCount(column, 4));
  }

  @Test
  void allNullColumnCountsNothing() {
    boolean[] nulls = {true, true, true};
    Column column = new Column(DataType.BOOLEAN, new boolean[3], nulls, 3);
    assertEquals(0, TabletWriter.valueCount(column, 3));
  }
}
