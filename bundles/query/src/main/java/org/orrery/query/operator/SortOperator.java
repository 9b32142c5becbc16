package org.orrery.query.operator;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Blocks;
import org.orrery.query.block.Values;
import org.orrery.query.context.QueryContext;

/**
 * ORDER BY over expressions: drains its input (memory declared through the query context), then
 * returns the rows sorted by the keys in order, stably, so rows equal on every key keep their
 * input (time) order.
 */
public final class SortOperator implements Operator {
  /**
   * One sort key.
   *
   * @param column the input column to sort on, or {@link #TIME} for the row time
   * @param descending whether larger values come first
   * @param nullsFirst whether rows without a value come before the others (else after)
   */
  public record Key(int column, boolean descending, boolean nullsFirst) {}

  /** The {@link Key#column()} of the time column. */
  public static final int TIME = -1;

  private final Operator child;
  private final List<Key> keys;
  private final QueryContext context;
  private boolean done;

  public SortOperator(Operator child, List<Key> keys, QueryContext context) {
    this.child = child;
    this.keys = List.copyOf(keys);
    this.context = context;
  }

  @Override
  public List<DataType> types() {
    return child.types();
  }

  @Override
  public Block next() {
    if (done) {
      return null;
    }
    done = true;
    Block all = Materializer.drain(child, true, context, "ORDER BY");
    if (all.isEmpty()) {
      return null;
    }
    context.checkAlive();
    Integer[] order = new Integer[all.rowCount()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, comparator(all)); // a merge sort: stable
    int[] positions = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      positions[i] = order[i];
    }
    return Blocks.select(all, positions, positions.length);
  }

  private Comparator<Integer> comparator(Block block) {
    return (a, b) -> {
      for (Key key : keys) {
        int c = compare(block, key, a, b);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  private static int compare(Block block, Key key, int a, int b) {
    if (key.column() == TIME) {
      int c = Long.compare(block.time(a), block.time(b));
      return key.descending() ? -c : c;
    }
    Column column = block.column(key.column());
    boolean nullA = column.isNull(a);
    boolean nullB = column.isNull(b);
    if (nullA || nullB) {
      if (nullA == nullB) {
        return 0;
      }
      // null placement does not flip with the direction
      return nullA == key.nullsFirst() ? -1 : 1;
    }
    int c = values(column, a, b);
    return key.descending() ? -c : c;
  }

  private static int values(Column column, int a, int b) {
    DataType type = column.type();
    if (Values.isIntegral(type)) {
      return Long.compare(Values.asLong(column, a), Values.asLong(column, b));
    }
    return switch (type) {
      case FLOAT, DOUBLE -> Double.compare(Values.asDouble(column, a), Values.asDouble(column, b));
      case BOOLEAN -> Boolean.compare(column.booleans()[a], column.booleans()[b]);
      default -> Arrays.compareUnsigned(column.binaries()[a], column.binaries()[b]);
    };
  }

  @Override
  public void close() {
    child.close();
  }
}
