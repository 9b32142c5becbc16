package org.orrery.query.plan;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.aggregate.AccumulatorGrid;

/** How aggregation results become output columns and rows (plain, by LEVEL, by TAGS). */
interface AggregateGrouping {
  List<ResultColumn> columns();

  Block output(AccumulatorGrid grid);
}
