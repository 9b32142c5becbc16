package org.orrery.query.plan.logical;

import java.util.List;
import org.orrery.common.type.DataType;

/**
 * Transform functions (UDTFs such as diff or top_k) over the input rows in ascending time: each
 * output column is a series of its own, joined on time with the others.
 */
public record TransformNode(PlanNode child, TransformSpec spec) implements PlanNode {
  /** What the transform computes, as the analysis bound it. */
  public interface TransformSpec {
    List<DataType> types();

    /** The output expressions in words, for EXPLAIN. */
    String describe();
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 1);
    return new TransformNode(children.get(0), spec);
  }

  @Override
  public List<DataType> types() {
    return spec.types();
  }

  @Override
  public String describe() {
    return "Transform " + spec.describe();
  }
}
