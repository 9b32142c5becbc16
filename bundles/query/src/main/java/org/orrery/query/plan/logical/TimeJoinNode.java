package org.orrery.query.plan.logical;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.type.DataType;

/**
 * Full outer join on time of inputs that come in the same time order: one row per distinct
 * time, the inputs' columns side by side (paper §5.3.3).
 */
public record TimeJoinNode(List<PlanNode> inputs, boolean ascending) implements PlanNode {
  public TimeJoinNode {
    inputs = List.copyOf(inputs);
  }

  @Override
  public List<PlanNode> children() {
    return inputs;
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, inputs.size());
    return new TimeJoinNode(children, ascending);
  }

  public TimeJoinNode withDirection(boolean newAscending) {
    return new TimeJoinNode(inputs, newAscending);
  }

  @Override
  public List<DataType> types() {
    List<DataType> types = new ArrayList<>();
    for (PlanNode input : inputs) {
      types.addAll(input.types());
    }
    return types;
  }

  @Override
  public String describe() {
    return "FullOuterTimeJoin order: " + (ascending ? "ASC" : "DESC");
  }
}
