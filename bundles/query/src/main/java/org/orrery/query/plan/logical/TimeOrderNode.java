package org.orrery.query.plan.logical;

import java.util.List;
import org.orrery.common.type.DataType;

/**
 * ORDER BY TIME DESC over an input that comes in ascending time: its rows in reverse. The
 * optimizer removes this step where the direction can be pushed into the scans instead.
 */
public record TimeOrderNode(PlanNode child) implements PlanNode {
  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 1);
    return new TimeOrderNode(children.get(0));
  }

  @Override
  public List<DataType> types() {
    return child.types();
  }

  @Override
  public String describe() {
    return "TimeOrder DESC";
  }
}
