package org.orrery.query.plan.rule;

import java.util.Optional;
import org.orrery.common.time.TimeContext;
import org.orrery.query.analyze.TimeFilter;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.LastNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.SeriesScanNode;

/**
 * Moves the time predicates of a filter into the scans beneath it (paper §5.3.1): conjuncts
 * that mention only {@code time} and constants become time intervals of every scan, so storage
 * skips files, chunks and pages outside them; the rest stays in the filter, which disappears
 * when nothing is left.
 */
public final class PushTimePredicates implements Rule {
  private final TimeContext time;

  /** @param time what {@code now()} and time literals in predicates mean */
  public PushTimePredicates(TimeContext time) {
    this.time = time;
  }

  @Override
  public String name() {
    return "PushTimePredicates";
  }

  @Override
  public Optional<PlanNode> apply(PlanNode node) {
    if (!(node instanceof FilterNode filter) || !Inputs.timeRestrictable(filter.child())) {
      return Optional.empty();
    }
    TimeFilter split = TimeFilter.of(Optional.of(filter.predicate()), time);
    TimeIntervals allowed = split.time();
    if (allowed.isAll()) {
      return Optional.empty();
    }
    PlanNode restricted = Inputs.mapLeaves(filter.child(), leaf -> {
      if (leaf instanceof SeriesScanNode scan) {
        return scan.withTime(scan.time().intersect(allowed));
      }
      LastNode last = (LastNode) leaf;
      return last.withTime(last.time().intersect(allowed));
    });
    return Optional.of(split.valueFilter().<PlanNode>map(rest -> new FilterNode(restricted, rest))
        .orElse(restricted));
  }
}
