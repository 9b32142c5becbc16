package org.orrery.query.plan.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.query.plan.rule.Plans.condition;
import static org.orrery.query.plan.rule.Plans.scan;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.plan.logical.AggregationNode;
import org.orrery.query.plan.logical.EmptyNode;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.TimeJoinNode;

class UseStatisticsTest {
  private final UseStatistics rule = new UseStatistics();
  private final TimeJoinNode scans = new TimeJoinNode(List.of(scan("root.sg.d1.s1"), scan("root.sg.d2.s1")), true);

  @Test
  void plainSeriesOverScansAreAnsweredFromStatistics() {
    AggregationNode node = new AggregationNode(scans, new Plans.Spec(true, Optional.empty()), false);
    AggregationNode rewritten = (AggregationNode) rule.apply(node).orElseThrow();
    assertTrue(rewritten.fromStatistics());
    assertEquals(scans, rewritten.child());
    assertEquals(Optional.empty(), rule.apply(rewritten));
  }

  @Test
  void aValueFilterComputedArgumentsOrNoInputRuleStatisticsOut() {
    FilterNode filter = new FilterNode(scans, condition("root.sg.d1.s1 > 0"));
    assertEquals(Optional.empty(), rule.apply(new AggregationNode(filter, new Plans.Spec(true, Optional.empty()), false)));
    assertEquals(Optional.empty(), rule.apply(new AggregationNode(scans, new Plans.Spec(false, Optional.empty()), false)));
    TimeJoinNode noTime = new TimeJoinNode(List.of(scan("root.sg.d1.s1").withTime(TimeIntervals.NONE)), true);
    assertEquals(Optional.empty(), rule.apply(new AggregationNode(noTime, new Plans.Spec(true, Optional.empty()), false)));
    EmptyNode nothing = new EmptyNode(List.of());
    assertEquals(Optional.empty(), rule.apply(new AggregationNode(nothing, new Plans.Spec(true, Optional.empty()), false)));
  }
}
