package org.orrery.common.block;

import java.util.List;
import java.util.Objects;

/**
 * Rows in columnar form: an optional time column ({@code long[]}) and value columns of equal
 * size. Blocks from a series scan always have times in scan order; result blocks of statements
 * such as {@code SHOW DATABASES} have none.
 */
public final class Block {
  private final long[] times;
  private final List<Column> columns;
  private final int rowCount;

  /**
   * @param times the timestamps of the rows (at least {@code rowCount} entries) or {@code null}
   *     when the rows are not time-stamped
   * @throws IllegalArgumentException when a column is shorter than {@code rowCount}
   */
  public Block(long[] times, List<Column> columns, int rowCount) {
    this.columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    if (rowCount < 0 || (times != null && times.length < rowCount)) {
      throw new IllegalArgumentException("block of " + rowCount + " rows has too few timestamps");
    }
    for (int c = 0; c < this.columns.size(); c++) {
      if (this.columns.get(c).size() < rowCount) {
        throw new IllegalArgumentException(
            "column " + c + " has " + this.columns.get(c).size() + " rows, block has " + rowCount);
      }
    }
    this.times = times;
    this.rowCount = rowCount;
  }

  public boolean hasTimes() {
    return times != null;
  }

  /** The timestamps; only meaningful when {@link #hasTimes()}. */
  public long[] times() {
    if (times == null) {
      throw new IllegalStateException("block has no time column");
    }
    return times;
  }

  public long time(int row) {
    return times()[row];
  }

  public List<Column> columns() {
    return columns;
  }

  public Column column(int index) {
    return columns.get(index);
  }

  public int columnCount() {
    return columns.size();
  }

  public int rowCount() {
    return rowCount;
  }

  public boolean isEmpty() {
    return rowCount == 0;
  }
}
