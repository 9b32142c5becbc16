package org.orrery.udf.api.column;

import java.util.BitSet;
import java.util.Objects;

/**
 * A batch of input rows for {@link org.orrery.udf.api.UDAF#addInput}, held as columns.
 *
 * <p>Position {@code p} of the batch is one row: its time is {@link #getTime(int) getTime(p)} and
 * the value of the UDAF's {@code i}-th input (the {@code i}-th child expression of
 * {@link org.orrery.udf.api.customizer.parameter.UDFParameters}) is
 * {@code getColumn(i)} at {@code p}. Rows that the query filtered out, or that belong to another
 * group, stay in the batch but are not {@linkplain #isSelected(int) selected}; a UDAF must skip
 * them. Passing a selection instead of compacting the columns lets the server hand over its
 * blocks without copying them.
 *
 * <p>The batch wraps the arrays it is given without copying them.
 */
public final class ColumnBatch {
  private final long[] times;
  private final Column[] columns;
  private final BitSet selected;

  /**
   * A batch in which every row is selected.
   *
   * @see #ColumnBatch(long[], Column[], BitSet)
   */
  public ColumnBatch(long[] times, Column... columns) {
    this(times, columns, null);
  }

  /**
   * A batch of {@code times.length} rows.
   *
   * @param times the time of each row
   * @param columns one column per UDAF input, each with {@code times.length} positions
   * @param selected the positions the UDAF must aggregate, or {@code null} for all of them
   * @throws IllegalArgumentException naming the column whose length differs from the time column,
   *     or when {@code selected} marks a position past the end of the batch
   */
  public ColumnBatch(long[] times, Column[] columns, BitSet selected) {
    this.times = Objects.requireNonNull(times, "times");
    this.columns = Objects.requireNonNull(columns, "columns").clone();
    for (int i = 0; i < this.columns.length; i++) {
      Column column = requireColumn(this.columns[i], i);
      if (column.getPositionCount() != times.length) {
        throw new IllegalArgumentException(
            "input column " + i + " has " + column.getPositionCount()
                + " positions but the batch has " + times.length + " rows");
      }
    }
    if (selected != null && selected.length() > times.length) {
      throw new IllegalArgumentException(
          "selection marks position " + (selected.length() - 1)
              + " but the batch has " + times.length + " rows");
    }
    this.selected = selected;
  }

  private static Column requireColumn(Column column, int index) {
    if (column == null) {
      throw new IllegalArgumentException("input column " + index + " is null");
    }
    return column;
  }

  /** Number of rows, selected or not. */
  public int getPositionCount() {
    return times.length;
  }

  /** Time of the row at {@code position}. */
  public long getTime(int position) {
    return times[position];
  }

  /** Number of input columns. */
  public int getColumnCount() {
    return columns.length;
  }

  /**
   * The column of the {@code index}-th input.
   *
   * @throws IndexOutOfBoundsException when there is no such input
   */
  public Column getColumn(int index) {
    Objects.checkIndex(index, columns.length);
    return columns[index];
  }

  /** Whether the UDAF must aggregate the row at {@code position}. */
  public boolean isSelected(int position) {
    Objects.checkIndex(position, times.length);
    return selected == null || selected.get(position);
  }

  /** Number of selected rows. */
  public int getSelectedCount() {
    return selected == null ? times.length : selected.cardinality();
  }
}
