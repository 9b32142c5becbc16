package org.orrery.udf.api.testing;

import java.util.NoSuchElementException;
import java.util.Objects;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.access.RowIterator;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.type.Type;

/** A window over a row range of an {@link InputTable}. */
final class TableWindow implements RowWindow {
  private final InputTable table;
  private final int fromRow;
  private final int toRow;
  private final long startTime;
  private final long endTime;

  TableWindow(InputTable table, int fromRow, int toRow, long startTime, long endTime) {
    this.table = table;
    this.fromRow = fromRow;
    this.toRow = toRow;
    this.startTime = startTime;
    this.endTime = endTime;
  }

  @Override
  public int windowSize() {
    return toRow - fromRow;
  }

  @Override
  public Row getRow(int rowIndex) {
    Objects.checkIndex(rowIndex, windowSize());
    return table.row(fromRow + rowIndex);
  }

  @Override
  public Type getDataType(int columnIndex) {
    return table.type(columnIndex);
  }

  @Override
  public RowIterator getRowIterator() {
    return new RowIterator() {
      private int next = fromRow;

      @Override
      public boolean hasNextRow() {
        return next < toRow;
      }

      @Override
      public Row next() {
        if (next >= toRow) {
          throw new NoSuchElementException("the window has no row after row " + (next - fromRow));
        }
        return table.row(next++);
      }

      @Override
      public void reset() {
        next = fromRow;
      }
    };
  }

  @Override
  public long windowStartTime() {
    return startTime;
  }

  @Override
  public long windowEndTime() {
    return endTime;
  }
}
