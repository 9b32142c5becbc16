package org.orrery.query.plan.rule;

import java.util.List;
import java.util.Optional;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.ProjectNode;
import org.orrery.query.plan.logical.SeriesScanNode;
import org.orrery.query.plan.logical.TimeJoinNode;
import org.orrery.query.plan.logical.TimeOrderNode;

/**
 * ORDER BY TIME DESC: where the rows come straight from scans (through joins, filters and
 * projections that compute each row on its own), the scans read backwards and the join merges
 * descending, instead of reversing the result afterwards. A projection with row-to-row state
 * ({@code diff}) needs ascending input and keeps the reversal.
 */
public final class PushTimeOrder implements Rule {
  @Override
  public String name() {
    return "PushTimeOrder";
  }

  @Override
  public Optional<PlanNode> apply(PlanNode node) {
    if (!(node instanceof TimeOrderNode order) || !reversible(order.child())) {
      return Optional.empty();
    }
    return Optional.of(descending(order.child()));
  }

  private static boolean reversible(PlanNode node) {
    if (node instanceof SeriesScanNode scan) {
      return scan.ascending() && !scan.limited();
    }
    if (node instanceof TimeJoinNode join) {
      return join.ascending() && join.inputs().stream().allMatch(PushTimeOrder::reversible);
    }
    if (node instanceof FilterNode filter) {
      return reversible(filter.child());
    }
    if (node instanceof ProjectNode project) {
      return !project.stateful() && reversible(project.child());
    }
    return false;
  }

  private static PlanNode descending(PlanNode node) {
    if (node instanceof SeriesScanNode scan) {
      return scan.withDirection(false);
    }
    List<PlanNode> children = node.children().stream().map(PushTimeOrder::descending).toList();
    PlanNode rewritten = node.withChildren(children);
    return rewritten instanceof TimeJoinNode join ? join.withDirection(false) : rewritten;
  }
}
