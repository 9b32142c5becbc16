package org.orrery.query.plan;

import java.util.List;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.operator.Operator;

/**
 * A planned query before the finishing steps (fill, order, offset/limit).
 *
 * @param columns the value columns
 * @param timed whether rows carry a time column in the result
 * @param operator the root operator
 * @param ordered whether rows already come in the requested time order (the scans were told
 *     the direction); otherwise they come in ascending time
 */
public record QueryPart(List<ResultColumn> columns, boolean timed, Operator operator, boolean ordered) {
  public QueryPart {
    columns = List.copyOf(columns);
  }
}
