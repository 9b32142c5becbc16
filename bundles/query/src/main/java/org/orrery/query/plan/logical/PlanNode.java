package org.orrery.query.plan.logical;

import java.util.List;
import org.orrery.common.type.DataType;

/**
 * One step of a logical query plan: what is computed, not how. Plans are immutable trees; the
 * optimizer's rules rewrite them into new trees and the operator generator turns the result into
 * operators. Every node can describe itself in one line for EXPLAIN.
 */
public interface PlanNode {
  /** The inputs of this step, in order. */
  List<PlanNode> children();

  /** The same step over other inputs (as many as {@link #children()}). */
  PlanNode withChildren(List<PlanNode> children);

  /** The types of the value columns of the rows this step produces. */
  List<DataType> types();

  /** One line for EXPLAIN: the step's name and what it was told. */
  String describe();

  /** Checks that a rewrite passed the number of children a node takes. */
  static void expectChildren(PlanNode node, List<PlanNode> children, int count) {
    if (children.size() != count) {
      throw new IllegalArgumentException(node.getClass().getSimpleName() + " takes " + count
          + " inputs, not " + children.size());
    }
  }
}
