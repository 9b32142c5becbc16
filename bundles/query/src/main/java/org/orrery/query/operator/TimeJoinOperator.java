package org.orrery.query.operator;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.context.QueryContext;

/**
 * Full outer join on time of several inputs in the same time order (paper §5.3.3): a multi-way
 * merge that emits one row per distinct time, with null where an input has no row at that time.
 * The output's columns are the inputs' columns side by side.
 */
public final class TimeJoinOperator implements Operator {
  private static final int BATCH_ROWS = 4096;

  private final List<Operator> children;
  private final boolean ascending;
  private final QueryContext context;
  private final List<DataType> types = new ArrayList<>();
  private final int[] firstColumn;
  private final Block[] current;
  private final int[] position;

  public TimeJoinOperator(List<Operator> children, boolean ascending, QueryContext context) {
    this.children = List.copyOf(children);
    this.ascending = ascending;
    this.context = context;
    this.firstColumn = new int[children.size()];
    for (int i = 0; i < children.size(); i++) {
      firstColumn[i] = types.size();
      types.addAll(children.get(i).types());
    }
    this.current = new Block[children.size()];
    this.position = new int[children.size()];
  }

  @Override
  public List<DataType> types() {
    return types;
  }

  /** Whether input {@code i} has a current row, pulling its next block when needed. */
  private boolean ready(int i) {
    while (current[i] == null || position[i] >= current[i].rowCount()) {
      if (current[i] == null && position[i] < 0) {
        return false;
      }
      Block block = children.get(i).next();
      if (block == null) {
        current[i] = null;
        position[i] = -1;
        return false;
      }
      current[i] = block;
      position[i] = 0;
    }
    return true;
  }

  @Override
  public Block next() {
    context.checkAlive();
    if (children.size() == 1) {
      return children.get(0).next();
    }
    List<ColumnBuilder> builders = new ArrayList<>();
    for (DataType type : types) {
      builders.add(new ColumnBuilder(type, BATCH_ROWS));
    }
    long[] times = new long[BATCH_ROWS];
    int rows = 0;
    while (rows < BATCH_ROWS) {
      int run = alignedRun(BATCH_ROWS - rows);
      if (run > 0) {
        System.arraycopy(current[0].times(), position[0], times, rows, run);
        for (int i = 0; i < children.size(); i++) {
          Block block = current[i];
          for (int c = 0; c < block.columnCount(); c++) {
            builders.get(firstColumn[i] + c).appendRange(block.column(c), position[i], run);
          }
          position[i] += run;
        }
        rows += run;
        continue;
      }
      boolean any = false;
      long best = 0;
      for (int i = 0; i < children.size(); i++) {
        if (ready(i)) {
          long t = current[i].time(position[i]);
          if (!any || (ascending ? t < best : t > best)) {
            best = t;
            any = true;
          }
        }
      }
      if (!any) {
        break;
      }
      times[rows] = best;
      for (int i = 0; i < children.size(); i++) {
        int width = children.get(i).types().size();
        boolean hit = current[i] != null && position[i] >= 0
            && position[i] < current[i].rowCount() && current[i].time(position[i]) == best;
        for (int c = 0; c < width; c++) {
          ColumnBuilder builder = builders.get(firstColumn[i] + c);
          if (hit) {
            Column column = current[i].column(c);
            builder.appendFrom(column, position[i]);
          } else {
            builder.appendNull();
          }
        }
        if (hit) {
          position[i]++;
        }
      }
      rows++;
    }
    if (rows == 0) {
      return null;
    }
    List<Column> columns = new ArrayList<>();
    for (ColumnBuilder builder : builders) {
      columns.add(builder.build());
    }
    return new Block(times, columns, rows);
  }

  /**
   * How many rows, at most {@code limit}, every input has at exactly the same times from its
   * current position on (series of one device usually share their timestamps): those rows are
   * copied column-wise instead of merged row by row. Zero when an input is exhausted or the
   * inputs disagree on the next time.
   */
  private int alignedRun(int limit) {
    int run = limit;
    for (int i = 0; i < children.size(); i++) {
      if (!ready(i)) {
        return 0;
      }
      run = Math.min(run, current[i].rowCount() - position[i]);
    }
    long[] base = current[0].times();
    int start = position[0];
    for (int i = 1; i < children.size() && run > 0; i++) {
      long[] other = current[i].times();
      int offset = position[i];
      int j = 0;
      while (j < run && other[offset + j] == base[start + j]) {
        j++;
      }
      run = j;
    }
    return run;
  }

  @Override
  public void close() {
    for (Operator child : children) {
      child.close();
    }
  }
}
