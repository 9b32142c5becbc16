package org.orrery.query.aggregate;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.query.context.QueryContext;
import org.orrery.query.operator.Operator;

/**
 * Aggregation over joined (and filtered) rows: evaluates each slot's arguments per block and
 * routes the rows to their windows. Used when a value filter or computed arguments rule out
 * statistics.
 */
public final class RowAggregation {
  private RowAggregation() {}

  /** Feeds every block of {@code rows} (ascending times); closes it. */
  public static void run(AccumulatorGrid grid, Operator rows, QueryContext context) {
    try (rows) {
      Block block;
      while ((block = rows.next()) != null) {
        context.checkAlive();
        feed(grid, block);
      }
    }
  }

  public static void feed(AccumulatorGrid grid, Block block) {
    for (int s = 0; s < grid.slots().size(); s++) {
      AggregateSlot slot = grid.slots().get(s);
      Column[] arguments = new Column[slot.arguments().size()];
      for (int a = 0; a < arguments.length; a++) {
        arguments[a] = slot.arguments().get(a).evaluate(block);
      }
      grid.addRows(s, block.times(), arguments, 0, block.rowCount());
    }
  }
}
