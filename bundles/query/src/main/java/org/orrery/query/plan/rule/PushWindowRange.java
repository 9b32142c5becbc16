package org.orrery.query.plan.rule;

import java.util.Optional;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.plan.logical.AggregationNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.SeriesScanNode;

/**
 * GROUP BY ([start, end), interval): points outside the windows count for nothing, so the scans
 * beneath the aggregation read only the times the windows cover.
 */
public final class PushWindowRange implements Rule {
  @Override
  public String name() {
    return "PushWindowRange";
  }

  @Override
  public Optional<PlanNode> apply(PlanNode node) {
    if (!(node instanceof AggregationNode aggregation) || aggregation.spec().windowRange().isEmpty()) {
      return Optional.empty();
    }
    TimeIntervals range = aggregation.spec().windowRange().get();
    boolean narrows = Inputs.scans(aggregation.child()).stream()
        .anyMatch(scan -> !scan.time().intersect(range).equals(scan.time()));
    if (!narrows) {
      return Optional.empty();
    }
    PlanNode child = Inputs.mapLeaves(aggregation.child(),
        leaf -> leaf instanceof SeriesScanNode scan ? scan.withTime(scan.time().intersect(range)) : leaf);
    return Optional.of(aggregation.withChildren(java.util.List.of(child)));
  }
}
