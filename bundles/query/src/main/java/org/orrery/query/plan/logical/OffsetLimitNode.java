package org.orrery.query.plan.logical;

import java.util.List;
import org.orrery.common.type.DataType;

/** OFFSET and LIMIT over the result rows (a negative limit: no limit). */
public record OffsetLimitNode(PlanNode child, long offset, long limit) implements PlanNode {
  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 1);
    return new OffsetLimitNode(children.get(0), offset, limit);
  }

  @Override
  public List<DataType> types() {
    return child.types();
  }

  @Override
  public String describe() {
    return "OffsetLimit offset: " + offset + (limit >= 0 ? " limit: " + limit : "");
  }
}
