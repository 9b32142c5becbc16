package org.orrery.query.plan.logical;

import java.util.List;
import org.orrery.common.type.DataType;

/** No rows: what a step over an input known to be empty produces. */
public record EmptyNode(List<DataType> types) implements PlanNode {
  public EmptyNode {
    types = List.copyOf(types);
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
  public String describe() {
    return "Empty";
  }
}
