package org.orrery.query.plan.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.orrery.query.plan.rule.Plans.condition;
import static org.orrery.query.plan.rule.Plans.expression;
import static org.orrery.query.plan.rule.Plans.scan;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.query.plan.logical.AggregationNode;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.ProjectNode;
import org.orrery.query.plan.logical.TimeJoinNode;
import org.orrery.query.plan.logical.TimeOrderNode;

class PushTimeOrderTest {
  private final PushTimeOrder rule = new PushTimeOrder();

  private static ProjectNode project(PlanNode input, boolean stateful) {
    return new ProjectNode(input, List.of(expression("root.sg.d1.s1")), List.of(DataType.INT32), stateful);
  }

  @Test
  void scansAndJoinReadBackwardsInsteadOfReversingTheRows() {
    TimeJoinNode join = new TimeJoinNode(List.of(scan("root.sg.d1.s1"), scan("root.sg.d2.s1")), true);
    FilterNode filter = new FilterNode(join, condition("root.sg.d1.s1 > 0"));
    PlanNode rewritten = rule.apply(new TimeOrderNode(project(filter, false))).orElseThrow();
    TimeJoinNode expectedJoin = new TimeJoinNode(
        List.of(scan("root.sg.d1.s1").withDirection(false), scan("root.sg.d2.s1").withDirection(false)), false);
    assertEquals(project(new FilterNode(expectedJoin, filter.predicate()), false), rewritten);
  }

  @Test
  void rowToRowStateNeedsAscendingInput() {
    TimeOrderNode order = new TimeOrderNode(project(scan("root.sg.d1.s1"), true));
    assertEquals(Optional.empty(), rule.apply(order));
  }

  @Test
  void aggregationsKeepTheReversal() {
    TimeOrderNode order = new TimeOrderNode(new AggregationNode(scan("root.sg.d1.s1"),
        new Plans.Spec(true, Optional.empty()), false));
    assertEquals(Optional.empty(), rule.apply(order));
  }
}
