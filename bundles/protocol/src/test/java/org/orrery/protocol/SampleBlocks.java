package org.orrery.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** Blocks with every data type, and a value-by-value comparison. */
public final class SampleBlocks {
  private SampleBlocks() {}

  /** A block of {@code rows} rows with one column per DataType; every third row null when asked. */
  public static Block everyType(int rows, boolean withTimes, boolean withNulls, long seed) {
    Random random = new Random(seed);
    List<Column> columns = new ArrayList<>();
    for (DataType type : DataType.values()) {
      Object values = Column.newArray(type, rows);
      boolean[] nulls = withNulls ? new boolean[rows] : null;
      for (int r = 0; r < rows; r++) {
        boolean isNull = withNulls && (r + type.id()) % 3 == 0;
        if (isNull) {
          nulls[r] = true;
          continue;
        }
        switch (type) {
          case BOOLEAN -> ((boolean[]) values)[r] = random.nextBoolean();
          case INT32, DATE -> ((int[]) values)[r] = random.nextInt();
          case INT64, TIMESTAMP -> ((long[]) values)[r] = random.nextLong();
          case FLOAT -> ((float[]) values)[r] = random.nextFloat() * 1000 - 500;
          case DOUBLE -> ((double[]) values)[r] = random.nextGaussian() * 1e6;
          default -> ((byte[][]) values)[r] = ("v" + r + "-ü€😀-" + random.nextInt(1000)).getBytes(StandardCharsets.UTF_8);
        }
      }
      columns.add(new Column(type, values, nulls, rows));
    }
    long[] times = null;
    if (withTimes) {
      times = new long[rows];
      for (int r = 0; r < rows; r++) {
        times[r] = 1_700_000_000_000L + 1000L * r;
      }
    }
    return new Block(times, columns, rows);
  }

  public static void assertBlockEquals(Block expected, Block actual) {
    assertEquals(expected.rowCount(), actual.rowCount(), "row count");
    assertEquals(expected.hasTimes(), actual.hasTimes(), "time flag");
    assertEquals(expected.columnCount(), actual.columnCount(), "column count");
    for (int r = 0; r < expected.rowCount(); r++) {
      if (expected.hasTimes()) {
        assertEquals(expected.time(r), actual.time(r), "time of row " + r);
      }
    }
    for (int c = 0; c < expected.columnCount(); c++) {
      Column e = expected.column(c);
      Column a = actual.column(c);
      assertEquals(e.type(), a.type(), "type of column " + c);
      for (int r = 0; r < expected.rowCount(); r++) {
        String where = "column " + c + " (" + e.type() + ") row " + r;
        assertEquals(e.isNull(r), a.isNull(r), "null flag of " + where);
        if (!e.isNull(r)) {
          if (e.type().isBinary()) {
            assertArrayEquals((byte[]) e.get(r), (byte[]) a.get(r), where);
          } else {
            assertEquals(e.get(r), a.get(r), where);
          }
        }
      }
    }
  }
}
