package org.orrery.query.plan.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.plan.logical.DeviceViewNode;
import org.orrery.query.plan.logical.EmptyNode;
import org.orrery.query.plan.logical.FillNode;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.OffsetLimitNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.ProjectNode;
import org.orrery.query.plan.logical.SeriesScanNode;
import org.orrery.query.plan.logical.SortNode;
import org.orrery.query.plan.logical.TimeJoinNode;
import org.orrery.query.plan.logical.TimeOrderNode;
import org.orrery.sql.ast.expression.BooleanLiteral;

/**
 * Replaces what cannot produce rows by an empty input: scans whose time intervals became empty,
 * joins with nothing to join, filters that never hold (a WHERE naming series that do not exist
 * is analysed as {@code false}), and the row-by-row steps above an empty input. ALIGN BY DEVICE
 * drops devices whose input is empty. Aggregations stay: over no rows they still answer
 * ({@code count} is 0).
 */
public final class PruneEmpty implements Rule {
  @Override
  public String name() {
    return "PruneEmpty";
  }

  @Override
  public Optional<PlanNode> apply(PlanNode node) {
    if (node instanceof SeriesScanNode scan && scan.time().isEmpty()) {
      return empty(node);
    }
    if (node instanceof TimeJoinNode join && join.inputs().stream().allMatch(i -> i instanceof EmptyNode)) {
      return empty(node);
    }
    if (node instanceof FilterNode filter && filter.predicate() instanceof BooleanLiteral literal
        && !literal.value()) {
      return empty(node);
    }
    boolean rowByRow = node instanceof FilterNode || node instanceof ProjectNode || node instanceof SortNode
        || node instanceof TimeOrderNode || node instanceof FillNode || node instanceof OffsetLimitNode;
    if (rowByRow && node.children().get(0) instanceof EmptyNode) {
      return empty(node);
    }
    if (node instanceof DeviceViewNode view && view.inputs().stream().anyMatch(i -> i instanceof EmptyNode)) {
      return Optional.of(withoutEmptyDevices(view));
    }
    return Optional.empty();
  }

  private static Optional<PlanNode> empty(PlanNode node) {
    return Optional.of(new EmptyNode(node.types()));
  }

  private static PlanNode withoutEmptyDevices(DeviceViewNode view) {
    List<PartialPath> devices = new ArrayList<>();
    List<PlanNode> inputs = new ArrayList<>();
    List<List<ResultColumn>> columns = new ArrayList<>();
    for (int i = 0; i < view.inputs().size(); i++) {
      if (!(view.inputs().get(i) instanceof EmptyNode)) {
        devices.add(view.devices().get(i));
        inputs.add(view.inputs().get(i));
        columns.add(view.inputColumns().get(i));
      }
    }
    if (inputs.isEmpty()) {
      return new EmptyNode(view.types());
    }
    return new DeviceViewNode(devices, inputs, view.columns(), columns, view.byTime(), view.ascending());
  }
}
