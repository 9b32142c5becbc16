package org.orrery.query.plan.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.orrery.query.plan.rule.Plans.condition;
import static org.orrery.query.plan.rule.Plans.scan;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.plan.logical.AggregationNode;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.TimeJoinNode;

class PushWindowRangeTest {
  private final PushWindowRange rule = new PushWindowRange();

  @Test
  void scansReadOnlyWhatTheWindowsCover() {
    Plans.Spec spec = new Plans.Spec(true, Optional.of(TimeIntervals.between(0, 99)));
    FilterNode input = new FilterNode(new TimeJoinNode(List.of(scan("root.sg.d1.s1").withTime(TimeIntervals.atLeast(50))),
        true), condition("root.sg.d1.s1 > 0"));
    PlanNode rewritten = rule.apply(new AggregationNode(input, spec, false)).orElseThrow();
    assertEquals(TimeIntervals.between(50, 99), Plans.scans(rewritten).get(0).time());
    assertEquals(input.predicate(), ((FilterNode) rewritten.children().get(0)).predicate());
    assertEquals(Optional.empty(), rule.apply(rewritten), "a second application changes nothing");
  }

  @Test
  void aggregationsOverAllTimeLeaveScansAlone() {
    AggregationNode node = new AggregationNode(scan("root.sg.d1.s1"), new Plans.Spec(true, Optional.empty()), false);
    assertEquals(Optional.empty(), rule.apply(node));
  }
}
