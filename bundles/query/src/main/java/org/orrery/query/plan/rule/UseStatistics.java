package org.orrery.query.plan.rule;

import java.util.Optional;
import org.orrery.query.plan.logical.AggregationNode;
import org.orrery.query.plan.logical.PlanNode;

/**
 * Marks aggregations that statistics may answer (paper §5.3.4): every aggregation reads a plain
 * series, the windows are fixed, and the input is scans alone that may find points. A value
 * filter beneath rules it out, since statistics cannot tell which points satisfy it.
 */
public final class UseStatistics implements Rule {
  @Override
  public String name() {
    return "UseStatistics";
  }

  @Override
  public Optional<PlanNode> apply(PlanNode node) {
    if (node instanceof AggregationNode aggregation && !aggregation.fromStatistics()
        && aggregation.spec().statisticsCapable() && Inputs.scansOnly(aggregation.child())
        && Inputs.scans(aggregation.child()).stream().noneMatch(scan -> scan.time().isEmpty())) {
      return Optional.of(aggregation.usingStatistics());
    }
    return Optional.empty();
  }
}
