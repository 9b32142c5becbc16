package org.orrery.query.plan.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.orrery.query.plan.rule.Plans.condition;
import static org.orrery.query.plan.rule.Plans.expression;
import static org.orrery.query.plan.rule.Plans.scan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.plan.logical.EmptyNode;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.OffsetLimitNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.ProjectNode;
import org.orrery.query.plan.logical.TimeJoinNode;
import org.orrery.query.plan.logical.TimeOrderNode;

class OptimizerTest {

  private static ProjectNode project(PlanNode input) {
    return new ProjectNode(input, List.of(expression("root.sg.d1.s1")), List.of(DataType.INT32), false);
  }

  @Test
  void rulesCombineUntilNothingChanges() {
    // SELECT s1 FROM root.sg.d1 WHERE time >= 10 ORDER BY TIME DESC LIMIT 2: the time predicate
    // reaches the scan, then the direction, then the limit.
    PlanNode plain = new OffsetLimitNode(new TimeOrderNode(project(new FilterNode(
        new TimeJoinNode(List.of(scan("root.sg.d1.s1")), true), condition("time >= 10")))), 0, 2);
    Optimizer optimizer = Optimizer.standard(Plans.TIME);
    PlanNode optimised = optimizer.optimize(plain);
    assertEquals(project(new TimeJoinNode(List.of(scan("root.sg.d1.s1").withTime(TimeIntervals.atLeast(10))
        .withDirection(false).withWindow(0, 2)), false)), optimised);
    assertEquals(Set.of("PushTimePredicates", "PushTimeOrder", "PushLimit"), optimizer.fired());
  }

  @Test
  void emptyTimeRangesCollapseTheWholePlan() {
    PlanNode plain = new OffsetLimitNode(project(new FilterNode(
        new TimeJoinNode(List.of(scan("root.sg.d1.s1")), true), condition("time > 5 and time < 5"))), 1, 1);
    assertEquals(new EmptyNode(List.of(DataType.INT32)), Optimizer.standard(Plans.TIME).optimize(plain));
  }

  @Test
  void aRuleThatNeverSettlesIsStopped() {
    Rule restless = new Rule() {
      @Override
      public String name() {
        return "Restless";
      }

      @Override
      public Optional<PlanNode> apply(PlanNode node) {
        return Optional.of(new TimeOrderNode(node));
      }
    };
    OrreryException error = assertThrows(OrreryException.class,
        () -> new Optimizer(List.of(restless)).optimize(scan("root.sg.d1.s1")));
    assertEquals(true, error.getMessage().contains("Restless"), error.getMessage());
  }
}
