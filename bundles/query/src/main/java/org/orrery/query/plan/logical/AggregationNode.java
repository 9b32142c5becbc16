package org.orrery.query.plan.logical;

import java.util.List;
import org.orrery.common.type.DataType;

/**
 * Aggregates its input rows per window (or over everything). When {@code fromStatistics} is set
 * the optimizer found that statistics of files, chunks and pages may answer it (paper §5.3.4):
 * the input below is then only read where statistics do not fit a window.
 */
public record AggregationNode(PlanNode child, AggregationSpec spec, boolean fromStatistics) implements PlanNode {
  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 1);
    return new AggregationNode(children.get(0), spec, fromStatistics);
  }

  public AggregationNode usingStatistics() {
    return new AggregationNode(child, spec, true);
  }

  @Override
  public List<DataType> types() {
    return spec.types();
  }

  @Override
  public String describe() {
    return "Aggregation " + spec.describe() + (fromStatistics ? " from statistics" : "");
  }
}
