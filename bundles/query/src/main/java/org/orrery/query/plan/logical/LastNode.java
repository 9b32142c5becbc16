package org.orrery.query.plan.logical;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.sql.ast.query.OrderItem;

/**
 * SELECT LAST: the newest point of each series within the time intervals, as rows
 * {@code Timeseries, Value, DataType}, ordered as ORDER BY asks.
 */
public record LastNode(List<SeriesInfo> series, TimeIntervals time, List<OrderItem> orderBy) implements PlanNode {
  public LastNode {
    series = List.copyOf(series);
    orderBy = List.copyOf(orderBy);
  }

  public LastNode withTime(TimeIntervals newTime) {
    return new LastNode(series, newTime, orderBy);
  }

  @Override
  public List<PlanNode> children() {
    return List.of();
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 0);
    return this;
  }

  @Override
  public List<DataType> types() {
    return List.of(DataType.TEXT, DataType.TEXT, DataType.TEXT);
  }

  @Override
  public String describe() {
    List<String> paths = new ArrayList<>();
    for (SeriesInfo info : series) {
      paths.add(info.path().toString());
    }
    return "Last " + paths + " time: " + Describe.time(time);
  }
}
