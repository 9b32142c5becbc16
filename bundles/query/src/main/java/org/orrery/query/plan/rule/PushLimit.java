package org.orrery.query.plan.rule;

import java.util.List;
import java.util.Optional;
import org.orrery.query.plan.logical.OffsetLimitNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.ProjectNode;
import org.orrery.query.plan.logical.SeriesScanNode;
import org.orrery.query.plan.logical.TimeJoinNode;

/**
 * OFFSET and LIMIT over the rows of a single scan: when the result rows are the scan's rows one
 * for one (only projections without row-to-row state in between; no value filter, fill or
 * second series joined), the scan itself skips and stops, so nothing beyond the limit is
 * decoded or projected.
 */
public final class PushLimit implements Rule {
  @Override
  public String name() {
    return "PushLimit";
  }

  @Override
  public Optional<PlanNode> apply(PlanNode node) {
    if (!(node instanceof OffsetLimitNode window) || !oneForOne(window.child())) {
      return Optional.empty();
    }
    return Optional.of(limited(window.child(), window.offset(), window.limit()));
  }

  private static boolean oneForOne(PlanNode node) {
    if (node instanceof SeriesScanNode scan) {
      return !scan.limited();
    }
    if (node instanceof TimeJoinNode join) {
      return join.inputs().size() == 1 && oneForOne(join.inputs().get(0));
    }
    if (node instanceof ProjectNode project) {
      return !project.stateful() && oneForOne(project.child());
    }
    return false;
  }

  private static PlanNode limited(PlanNode node, long offset, long limit) {
    if (node instanceof SeriesScanNode scan) {
      return scan.withWindow(offset, limit);
    }
    return node.withChildren(List.of(limited(node.children().get(0), offset, limit)));
  }
}
