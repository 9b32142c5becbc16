package org.orrery.query.plan.logical;

import java.util.List;
import java.util.Optional;
import org.orrery.common.type.DataType;
import org.orrery.query.analyze.TimeIntervals;

/**
 * What an aggregation computes, as the analysis bound it: the aggregation calls, the windows
 * or segments, the grouping of the results (plain, by LEVEL, by TAGS) and HAVING. The optimizer
 * reads only the facts below; the operator generator runs the whole.
 */
public interface AggregationSpec {
  /** The types of the output columns. */
  List<DataType> types();

  /**
   * Whether storage statistics could answer every aggregation: each reads one plain series and
   * the windows are fixed (no segments cut by values), so a page or chunk that lies in one window
   * can be added as a whole. A value filter beneath still rules statistics out.
   */
  boolean statisticsCapable();

  /** The times the fixed windows cover, when they do not cover all time. */
  Optional<TimeIntervals> windowRange();

  /** The aggregations, windows and grouping in words, for EXPLAIN. */
  String describe();
}
