package org.orrery.query.udtf;

import java.util.NoSuchElementException;
import org.orrery.common.block.Column;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.access.RowIterator;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.type.Type;

/** The rows {@code [from, to)} of the materialized input as a {@link RowWindow}. */
final class ColumnRowWindow implements RowWindow {
  private final long[] times;
  private final Column[] columns;
  private final int from;
  private final int to;
  private final long start;
  private final long end;
  private final ColumnRow row;

  ColumnRowWindow(long[] times, Column[] columns, int from, int to, long start, long end) {
    this.times = times;
    this.columns = columns;
    this.from = from;
    this.to = to;
    this.start = start;
    this.end = end;
    this.row = new ColumnRow(times, columns);
  }

  @Override
  public int windowSize() {
    return to - from;
  }

  @Override
  public Row getRow(int rowIndex) {
    if (rowIndex < 0 || rowIndex >= windowSize()) {
      throw new IndexOutOfBoundsException("row " + rowIndex + " of a window of " + windowSize());
    }
    return row.at(from + rowIndex);
  }

  @Override
  public Type getDataType(int columnIndex) {
    return UdfTypes.toUdf(columns[columnIndex].type());
  }

  @Override
  public RowIterator getRowIterator() {
    ColumnRow cursor = new ColumnRow(times, columns);
    return new RowIterator() {
      private int next = from;

      @Override
      public boolean hasNextRow() {
        return next < to;
      }

      @Override
      public Row next() {
        if (next >= to) {
          throw new NoSuchElementException("the window has no row after " + (to - from));
        }
        return cursor.at(next++);
      }

      @Override
      public void reset() {
        next = from;
      }
    };
  }

  @Override
  public long windowStartTime() {
    return start;
  }

  @Override
  public long windowEndTime() {
    return end;
  }
}
