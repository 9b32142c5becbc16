package org.orrery.query.plan.logical;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;

/**
 * ALIGN BY DEVICE: one input per device, each over that device's series with headers printed as
 * suffixes, with a {@code Device} column first and each input's columns spread over the shared
 * ones. The rows of the devices follow each other in device order, or, when ORDER BY puts TIME
 * first, are interleaved by time (ties in device order); each input comes in that time order.
 *
 * @param devices the devices, parallel to {@code inputs}
 * @param columns the shared value columns (without Device), by header
 * @param inputColumns each input's own columns, parallel to {@code inputs}
 * @param byTime whether rows of all devices are interleaved by time rather than device by device
 * @param ascending the time order of each input (and of the interleaving)
 */
public record DeviceViewNode(List<PartialPath> devices, List<PlanNode> inputs, List<ResultColumn> columns,
    List<List<ResultColumn>> inputColumns, boolean byTime, boolean ascending) implements PlanNode {
  public DeviceViewNode {
    devices = List.copyOf(devices);
    inputs = List.copyOf(inputs);
    columns = List.copyOf(columns);
    inputColumns = List.copyOf(inputColumns);
    if (devices.size() != inputs.size() || inputs.size() != inputColumns.size()) {
      throw new IllegalArgumentException("one input and column list per device");
    }
  }

  @Override
  public List<PlanNode> children() {
    return inputs;
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, inputs.size());
    return new DeviceViewNode(devices, children, columns, inputColumns, byTime, ascending);
  }

  @Override
  public List<DataType> types() {
    List<DataType> types = new ArrayList<>();
    types.add(DataType.TEXT);
    for (ResultColumn column : columns) {
      types.add(column.type());
    }
    return types;
  }

  @Override
  public String describe() {
    return "DeviceView " + devices + (byTime ? " order: time " + (ascending ? "ASC" : "DESC") + ", device" : "");
  }
}
