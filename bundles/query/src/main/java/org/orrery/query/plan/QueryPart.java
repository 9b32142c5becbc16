package org.orrery.query.plan;

import java.util.List;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.plan.logical.PlanNode;

/**
 * The analysed plan of a query (or of one device's part of an ALIGN BY DEVICE query) before the
 * finishing steps (time order, fill, offset/limit).
 *
 * @param columns the value columns
 * @param timed whether rows carry a time column in the result
 * @param plan the logical plan, not yet optimised
 * @param ordered whether the plan already puts rows in their final order (ORDER BY expressions,
 *     SELECT LAST, devices); otherwise they come in ascending time
 */
public record QueryPart(List<ResultColumn> columns, boolean timed, PlanNode plan, boolean ordered) {
  public QueryPart {
    columns = List.copyOf(columns);
  }
}
