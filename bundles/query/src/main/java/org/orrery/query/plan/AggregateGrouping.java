package org.orrery.query.plan;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.aggregate.AccumulatorGrid;
import org.orrery.query.block.Blocks;
import org.orrery.query.expression.Expr;

/** How aggregation results become output columns and rows (plain, by LEVEL, by TAGS). */
interface AggregateGrouping {
  List<ResultColumn> columns();

  /**
   * The output rows of the grid.
   *
   * @param having the HAVING condition bound by this grouping's rules, or null
   */
  Block output(AccumulatorGrid grid, Expr having);

  /** The rows of {@code output} (one per row of {@code values}) where {@code having} holds on values. */
  static Block keep(Block output, Block values, Expr having) {
    if (having == null) {
      return output;
    }
    Column keep = having.evaluate(values);
    int[] positions = new int[keep.size()];
    int count = 0;
    for (int i = 0; i < keep.size(); i++) {
      if (!keep.isNull(i) && keep.booleans()[i]) {
        positions[count++] = i;
      }
    }
    return Blocks.select(output, positions, count);
  }
}
