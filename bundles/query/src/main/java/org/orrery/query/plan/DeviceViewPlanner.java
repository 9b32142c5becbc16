package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.engine.schema.DeviceInfo;
import org.orrery.query.analyze.ColumnNames;
import org.orrery.query.block.Values;
import org.orrery.query.operator.ConcatOperator;
import org.orrery.query.operator.Operator;
import org.orrery.query.operator.OwningOperator;
import org.orrery.query.operator.ReverseOperator;

/**
 * ALIGN BY DEVICE: the query runs once per device matched by FROM, with suffix paths resolved
 * under that device and headers printed as the suffix ({@code s1}, {@code count(s1)}); the rows
 * of all devices follow each other, device by device, with a {@code Device} column first.
 */
final class DeviceViewPlanner {
  private DeviceViewPlanner() {}

  interface PartPlanner {
    QueryPart plan(PlanningContext planning);
  }

  static QueryPart plan(PlanningContext whole, PartPlanner planner, boolean devicesDescending) {
    Set<PartialPath> devices = new LinkedHashSet<>();
    for (PartialPath from : whole.query.from()) {
      for (DeviceInfo device : whole.engines.schema().devices(PathPattern.of(from), 0, 0)) {
        devices.add(device.path());
      }
    }
    List<PartialPath> ordered = new ArrayList<>(devices);
    ordered.sort(null);
    if (devicesDescending) {
      java.util.Collections.reverse(ordered);
    }
    Map<String, DataType> headers = new LinkedHashMap<>();
    List<PartialPath> used = new ArrayList<>();
    List<QueryPart> parts = new ArrayList<>();
    Boolean timed = null;
    for (PartialPath device : ordered) {
      ColumnNames names = new ColumnNames(path -> suffix(path, device));
      PlanningContext planning = new PlanningContext(whole.engines, whole.query, List.of(device), names,
          whole.filter, whole.context, whole.ascending);
      QueryPart part = planner.plan(planning);
      if (part.columns().isEmpty()) {
        part.operator().close();
        continue;
      }
      for (ResultColumn column : part.columns()) {
        DataType known = headers.putIfAbsent(column.name(), column.type());
        if (known != null && known != column.type()) {
          part.operator().close();
          parts.forEach(p -> p.operator().close());
          throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "column " + column.name() + " is " + known
              + " in one device but " + column.type() + " in " + device);
        }
      }
      timed = part.timed();
      used.add(device);
      parts.add(part);
    }
    List<ResultColumn> columns = new ArrayList<>();
    columns.add(new ResultColumn("Device", DataType.TEXT));
    List<DataType> types = new ArrayList<>();
    types.add(DataType.TEXT);
    List<String> names = new ArrayList<>(headers.keySet());
    for (String name : names) {
      columns.add(new ResultColumn(name, headers.get(name)));
      types.add(headers.get(name));
    }
    List<Supplier<Operator>> suppliers = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      QueryPart part = parts.get(i);
      String device = used.get(i).toString();
      // Each device's rows come in the requested time order: parts that could not push the
      // direction into their scans are reversed before the devices are concatenated.
      Operator rows = !whole.ascending && !part.ordered()
          ? new ReverseOperator(part.operator(), whole.context) : part.operator();
      suppliers.add(() -> new DeviceColumns(part.columns(), rows, device, names, headers));
    }
    List<Operator> owned = new ArrayList<>();
    for (QueryPart part : parts) {
      owned.add(part.operator());
    }
    Operator all = new OwningOperator(new ConcatOperator(types, suppliers), owned);
    return new QueryPart(columns, timed == null || timed, all, true);
  }

  private static String suffix(PartialPath path, PartialPath device) {
    if (path.startsWith(device) && path.length() > device.length()) {
      return path.subPath(device.length(), path.length()).toString();
    }
    return path.toString();
  }

  /** One device's rows spread over the shared columns, with the Device column first. */
  private static final class DeviceColumns implements Operator {
    private final String device;
    private final int[] source;
    private final List<DataType> types = new ArrayList<>();
    private final Operator rows;

    DeviceColumns(List<ResultColumn> partColumns, Operator rows, String device, List<String> names,
        Map<String, DataType> headers) {
      this.rows = rows;
      this.device = device;
      this.source = new int[names.size()];
      types.add(DataType.TEXT);
      for (int i = 0; i < names.size(); i++) {
        source[i] = -1;
        types.add(headers.get(names.get(i)));
        for (int c = 0; c < partColumns.size(); c++) {
          if (partColumns.get(c).name().equals(names.get(i))) {
            source[i] = c;
            break;
          }
        }
      }
    }

    @Override
    public List<DataType> types() {
      return types;
    }

    @Override
    public Block next() {
      Block block = rows.next();
      if (block == null) {
        return null;
      }
      List<Column> columns = new ArrayList<>();
      columns.add(Values.constant(DataType.TEXT, Values.utf8(device), block.rowCount()));
      for (int i = 0; i < source.length; i++) {
        columns.add(source[i] < 0 ? Column.allNull(types.get(i + 1), block.rowCount()) : block.column(source[i]));
      }
      return new Block(block.hasTimes() ? block.times() : null, columns, block.rowCount());
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
