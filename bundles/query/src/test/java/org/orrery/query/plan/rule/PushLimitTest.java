package org.orrery.query.plan.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.orrery.query.plan.rule.Plans.condition;
import static org.orrery.query.plan.rule.Plans.expression;
import static org.orrery.query.plan.rule.Plans.scan;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.query.plan.logical.FillNode;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.OffsetLimitNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.ProjectNode;
import org.orrery.query.plan.logical.TimeJoinNode;
import org.orrery.sql.ast.query.LinearFill;

class PushLimitTest {
  private final PushLimit rule = new PushLimit();

  private static ProjectNode project(PlanNode input, boolean stateful) {
    return new ProjectNode(input, List.of(expression("root.sg.d1.s1 + 1")), List.of(DataType.DOUBLE), stateful);
  }

  @Test
  void singleScanSkipsAndStopsItself() {
    TimeJoinNode join = new TimeJoinNode(List.of(scan("root.sg.d1.s1")), true);
    PlanNode rewritten = rule.apply(new OffsetLimitNode(project(join, false), 3, 10)).orElseThrow();
    assertEquals(project(new TimeJoinNode(List.of(scan("root.sg.d1.s1").withWindow(3, 10)), true), false),
        rewritten);
  }

  @Test
  void joinedSeriesValueFiltersFillAndStateKeepTheLimitOnTop() {
    TimeJoinNode two = new TimeJoinNode(List.of(scan("root.sg.d1.s1"), scan("root.sg.d2.s1")), true);
    assertEquals(Optional.empty(), rule.apply(new OffsetLimitNode(project(two, false), 0, 1)));
    FilterNode filter = new FilterNode(scan("root.sg.d1.s1"), condition("root.sg.d1.s1 > 0"));
    assertEquals(Optional.empty(), rule.apply(new OffsetLimitNode(project(filter, false), 0, 1)));
    FillNode fill = new FillNode(project(scan("root.sg.d1.s1"), false), new LinearFill());
    assertEquals(Optional.empty(), rule.apply(new OffsetLimitNode(fill, 0, 1)));
    assertEquals(Optional.empty(), rule.apply(new OffsetLimitNode(project(scan("root.sg.d1.s1"), true), 0, 1)));
  }
}
