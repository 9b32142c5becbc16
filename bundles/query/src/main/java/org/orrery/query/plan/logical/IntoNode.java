package org.orrery.query.plan.logical;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.sql.ast.query.IntoItem;

/**
 * SELECT ... INTO: writes the input's columns to target series and reports per column
 * {@code SourceColumn, TargetTimeseries, Written}.
 *
 * @param byDevice whether the query is aligned by device (each device has its own targets)
 * @param devices for ALIGN BY DEVICE, the devices of the result in order
 */
public record IntoNode(PlanNode child, List<IntoItem> items, boolean byDevice, List<PartialPath> devices)
    implements PlanNode {
  public IntoNode {
    items = List.copyOf(items);
    devices = List.copyOf(devices);
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 1);
    return new IntoNode(children.get(0), items, byDevice, devices);
  }

  @Override
  public List<DataType> types() {
    return byDevice() ? List.of(DataType.TEXT, DataType.TEXT, DataType.TEXT, DataType.INT64)
        : List.of(DataType.TEXT, DataType.TEXT, DataType.INT64);
  }

  @Override
  public String describe() {
    List<String> targets = new ArrayList<>();
    for (IntoItem item : items) {
      targets.add(String.join(".", item.deviceNodes()) + item.measurements());
    }
    return "Into " + targets;
  }
}
