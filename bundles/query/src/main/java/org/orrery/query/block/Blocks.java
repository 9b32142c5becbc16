package org.orrery.query.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** Copying helpers over blocks: slices, row selections and size estimates. */
public final class Blocks {
  private Blocks() {}

  /** Rows {@code [from, to)} of {@code block} as a new block. */
  public static Block slice(Block block, int from, int to) {
    if (from == 0 && to == block.rowCount()) {
      return block;
    }
    int count = to - from;
    long[] times = block.hasTimes() ? Arrays.copyOfRange(block.times(), from, to) : null;
    List<Column> columns = new ArrayList<>(block.columnCount());
    for (Column column : block.columns()) {
      columns.add(new ColumnBuilder(column.type(), count).appendRange(column, from, count).build());
    }
    return new Block(times, columns, count);
  }

  /** The rows at {@code positions[0..count)} of {@code block}, in that order. */
  public static Block select(Block block, int[] positions, int count) {
    long[] times = null;
    if (block.hasTimes()) {
      times = new long[count];
      long[] source = block.times();
      for (int i = 0; i < count; i++) {
        times[i] = source[positions[i]];
      }
    }
    List<Column> columns = new ArrayList<>(block.columnCount());
    for (Column column : block.columns()) {
      columns.add(select(column, positions, count));
    }
    return new Block(times, columns, count);
  }

  public static Column select(Column column, int[] positions, int count) {
    ColumnBuilder builder = new ColumnBuilder(column.type(), count);
    for (int i = 0; i < count; i++) {
      builder.appendFrom(column, positions[i]);
    }
    return builder.build();
  }

  /** The block with its rows in reverse order. */
  public static Block reverse(Block block) {
    int n = block.rowCount();
    int[] positions = new int[n];
    for (int i = 0; i < n; i++) {
      positions[i] = n - 1 - i;
    }
    return select(block, positions, n);
  }

  /** A rough size of the block's arrays in bytes, for memory declarations. */
  public static long estimateBytes(Block block) {
    long bytes = block.hasTimes() ? 8L * block.rowCount() : 0;
    for (Column column : block.columns()) {
      bytes += estimateBytes(column.type(), block.rowCount());
    }
    return bytes;
  }

  public static long estimateBytes(DataType type, int rows) {
    int width = type.fixedWidth() > 0 ? type.fixedWidth() : 32;
    return (long) rows * (width + 1);
  }

  /** An empty block with the given column types. */
  public static Block empty(List<DataType> types, boolean withTimes) {
    List<Column> columns = new ArrayList<>();
    for (DataType type : types) {
      columns.add(new Column(type, Column.newArray(type, 0), null, 0));
    }
    return new Block(withTimes ? new long[0] : null, columns, 0);
  }

  /** Concatenates blocks of the same shape. */
  public static Block concat(List<Block> blocks, List<DataType> types, boolean withTimes) {
    int rows = 0;
    for (Block block : blocks) {
      rows += block.rowCount();
    }
    long[] times = withTimes ? new long[rows] : null;
    List<ColumnBuilder> builders = new ArrayList<>();
    for (DataType type : types) {
      builders.add(new ColumnBuilder(type, rows));
    }
    int at = 0;
    for (Block block : blocks) {
      int count = block.rowCount();
      if (withTimes) {
        System.arraycopy(block.times(), 0, times, at, count);
      }
      for (int c = 0; c < builders.size(); c++) {
        builders.get(c).appendRange(block.column(c), 0, count);
      }
      at += count;
    }
    List<Column> columns = new ArrayList<>();
    for (ColumnBuilder builder : builders) {
      columns.add(builder.build());
    }
    return new Block(times, columns, rows);
  }
}
