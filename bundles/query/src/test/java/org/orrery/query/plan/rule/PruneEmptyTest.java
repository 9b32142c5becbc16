package org.orrery.query.plan.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.orrery.query.plan.rule.Plans.condition;
import static org.orrery.query.plan.rule.Plans.expression;
import static org.orrery.query.plan.rule.Plans.scan;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.plan.logical.AggregationNode;
import org.orrery.query.plan.logical.DeviceViewNode;
import org.orrery.query.plan.logical.EmptyNode;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.ProjectNode;
import org.orrery.query.plan.logical.TimeJoinNode;
import org.orrery.sql.ast.expression.BooleanLiteral;

class PruneEmptyTest {
  private final PruneEmpty rule = new PruneEmpty();

  @Test
  void scanWithNoTimeLeftIsEmpty() {
    assertEquals(Optional.of(new EmptyNode(List.of(DataType.INT32))),
        rule.apply(scan("root.sg.d1.s1").withTime(TimeIntervals.NONE)));
    assertEquals(Optional.empty(), rule.apply(scan("root.sg.d1.s1")));
  }

  @Test
  void joinIsEmptyOnlyWhenEveryInputIs() {
    EmptyNode one = new EmptyNode(List.of(DataType.INT32));
    assertEquals(Optional.of(new EmptyNode(List.of(DataType.INT32, DataType.INT32))),
        rule.apply(new TimeJoinNode(List.of(one, one), true)));
    assertEquals(Optional.empty(), rule.apply(new TimeJoinNode(List.of(one, scan("root.sg.d1.s1")), true)));
    assertEquals(Optional.of(new EmptyNode(List.of())), rule.apply(new TimeJoinNode(List.of(), true)),
        "a query that reads no series has no rows");
  }

  @Test
  void filterThatNeverHoldsAndStepsAboveNothingAreEmpty() {
    PlanNode never = new FilterNode(scan("root.sg.d1.s1"), new BooleanLiteral(false));
    assertEquals(Optional.of(new EmptyNode(List.of(DataType.INT32))), rule.apply(never));
    assertEquals(Optional.empty(), rule.apply(new FilterNode(scan("root.sg.d1.s1"), condition("root.sg.d1.s1 > 0"))));
    ProjectNode project = new ProjectNode(new EmptyNode(List.of(DataType.INT32)),
        List.of(expression("root.sg.d1.s1 * 2")), List.of(DataType.DOUBLE), false);
    assertEquals(Optional.of(new EmptyNode(List.of(DataType.DOUBLE))), rule.apply(project));
  }

  @Test
  void aggregationsOverNothingStillAnswer() {
    AggregationNode count = new AggregationNode(new EmptyNode(List.of(DataType.INT32)),
        new Plans.Spec(true, Optional.empty()), false);
    assertEquals(Optional.empty(), rule.apply(count));
  }

  @Test
  void devicesWithoutRowsLeaveTheDeviceView() {
    List<ResultColumn> columns = List.of(new ResultColumn("s1", DataType.INT32));
    DeviceViewNode view = new DeviceViewNode(List.of(PartialPath.parse("root.sg.d1"), PartialPath.parse("root.sg.d2")),
        List.of(new EmptyNode(List.of(DataType.INT32)), scan("root.sg.d2.s1")), columns, List.of(columns, columns), false, true);
    assertEquals(Optional.of(new DeviceViewNode(List.of(PartialPath.parse("root.sg.d2")), List.of(scan("root.sg.d2.s1")),
        columns, List.of(columns), false, true)), rule.apply(view));
    DeviceViewNode none = new DeviceViewNode(List.of(PartialPath.parse("root.sg.d1")),
        List.of(new EmptyNode(List.of(DataType.INT32))), columns, List.of(columns), false, true);
    assertEquals(Optional.of(new EmptyNode(List.of(DataType.TEXT, DataType.INT32))), rule.apply(none));
  }
}
