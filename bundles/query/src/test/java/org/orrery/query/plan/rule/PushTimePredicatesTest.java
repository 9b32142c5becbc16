package org.orrery.query.plan.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.query.plan.rule.Plans.condition;
import static org.orrery.query.plan.rule.Plans.scan;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.LastNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.ProjectNode;
import org.orrery.query.plan.logical.TimeJoinNode;

class PushTimePredicatesTest {
  private final PushTimePredicates rule = new PushTimePredicates(Plans.TIME);
  private final TimeJoinNode join = new TimeJoinNode(List.of(scan("root.sg.d1.s1"), scan("root.sg.d2.s1")), true);

  @Test
  void timeOnlyFilterBecomesTheScansIntervalsAndDisappears() {
    PlanNode rewritten = rule.apply(new FilterNode(join, condition("time >= 2 and time < 5"))).orElseThrow();
    TimeIntervals expected = TimeIntervals.between(2, 4);
    assertEquals(new TimeJoinNode(List.of(scan("root.sg.d1.s1").withTime(expected),
        scan("root.sg.d2.s1").withTime(expected)), true), rewritten);
  }

  @Test
  void valueConjunctsStayInTheFilter() {
    PlanNode rewritten = rule.apply(new FilterNode(join, condition("time > 10 and root.sg.d1.s1 > 3"))).orElseThrow();
    FilterNode filter = (FilterNode) rewritten;
    assertEquals(condition("root.sg.d1.s1 > 3"), filter.predicate());
    for (var scan : Plans.scans(filter)) {
      assertEquals(TimeIntervals.atLeast(11), scan.time());
    }
  }

  @Test
  void disjunctionWithAValueStaysWhole() {
    FilterNode filter = new FilterNode(join, condition("time < 3 or root.sg.d1.s1 > 10"));
    assertEquals(Optional.empty(), rule.apply(filter));
  }

  @Test
  void intersectsWithIntervalsAlreadyPushed() {
    TimeJoinNode narrowed = new TimeJoinNode(List.of(scan("root.sg.d1.s1").withTime(TimeIntervals.atMost(5))), true);
    PlanNode rewritten = rule.apply(new FilterNode(narrowed, condition("time >= 3"))).orElseThrow();
    assertEquals(TimeIntervals.between(3, 5), Plans.scans(rewritten).get(0).time());
  }

  @Test
  void contradictoryTimesLeaveScansWithNoTime() {
    PlanNode rewritten = rule.apply(new FilterNode(join, condition("time > 5 and time < 3"))).orElseThrow();
    assertTrue(Plans.scans(rewritten).stream().allMatch(scan -> scan.time().isEmpty()));
  }

  @Test
  void reachesSelectLast() {
    LastNode last = new LastNode(List.of(Plans.series("root.sg.d1.s1", org.orrery.common.type.DataType.INT32)),
        TimeIntervals.ALL, List.of());
    PlanNode rewritten = rule.apply(new FilterNode(last, condition("time <= 7"))).orElseThrow();
    assertEquals(last.withTime(TimeIntervals.atMost(7)), rewritten);
  }

  @Test
  void doesNotReachThroughOtherSteps() {
    ProjectNode project = new ProjectNode(join, List.of(Plans.expression("root.sg.d1.s1")),
        List.of(org.orrery.common.type.DataType.INT32), false);
    assertEquals(Optional.empty(), rule.apply(new FilterNode(project, condition("time > 1"))));
    assertEquals(Optional.empty(), rule.apply(join));
  }
}
