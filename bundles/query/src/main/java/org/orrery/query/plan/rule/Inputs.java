package org.orrery.query.plan.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.LastNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.SeriesScanNode;
import org.orrery.query.plan.logical.TimeJoinNode;

/**
 * The shapes of plan inputs the rules reason about: the row source of a query is a time join of
 * scans, perhaps under a filter. Times and directions pushed into it reach every scan.
 */
final class Inputs {
  private Inputs() {}

  /** Whether the node is a time join of scans (or one scan), with nothing else in between. */
  static boolean scansOnly(PlanNode node) {
    if (node instanceof SeriesScanNode) {
      return true;
    }
    if (node instanceof TimeJoinNode join) {
      return join.inputs().stream().allMatch(Inputs::scansOnly);
    }
    return false;
  }

  /** Whether every leaf under the node, through joins and filters, is a scan or a LAST. */
  static boolean timeRestrictable(PlanNode node) {
    if (node instanceof SeriesScanNode || node instanceof LastNode) {
      return true;
    }
    if (node instanceof TimeJoinNode || node instanceof FilterNode) {
      return !node.children().isEmpty() && node.children().stream().allMatch(Inputs::timeRestrictable);
    }
    return false;
  }

  /** The scans under the node, through joins and filters. */
  static List<SeriesScanNode> scans(PlanNode node) {
    List<SeriesScanNode> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(PlanNode node, List<SeriesScanNode> out) {
    if (node instanceof SeriesScanNode scan) {
      out.add(scan);
    } else if (node instanceof TimeJoinNode || node instanceof FilterNode) {
      for (PlanNode child : node.children()) {
        collect(child, out);
      }
    }
  }

  /** The node with each leaf under it (through joins and filters) replaced. */
  static PlanNode mapLeaves(PlanNode node, UnaryOperator<PlanNode> leaf) {
    if (node instanceof TimeJoinNode || node instanceof FilterNode) {
      List<PlanNode> children = new ArrayList<>();
      for (PlanNode child : node.children()) {
        children.add(mapLeaves(child, leaf));
      }
      return node.withChildren(children);
    }
    return leaf.apply(node);
  }
}
