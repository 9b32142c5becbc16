package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import org.orrery.query.operator.TimeMergeOperator;
import org.orrery.query.context.QueryContext;
import org.orrery.query.plan.logical.DeviceViewNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.TimeOrderNode;

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

  /**
   * @param devicesDescending whether ORDER BY DEVICE DESC reverses the device order
   * @param timeFirst whether ORDER BY puts TIME before DEVICE: rows of all devices interleave by
   *     time (when they have times: aggregations without windows have none)
   */
  static QueryPart plan(PlanningContext whole, PartPlanner planner, boolean devicesDescending, boolean timeFirst) {
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
    List<PlanNode> inputs = new ArrayList<>();
    List<List<ResultColumn>> inputColumns = new ArrayList<>();
    Boolean timed = null;
    for (PartialPath device : ordered) {
      ColumnNames names = new ColumnNames(path -> suffix(path, device));
      QueryPart part = planner.plan(whole.over(List.of(device), names));
      if (part.columns().isEmpty()) {
        continue;
      }
      for (ResultColumn column : part.columns()) {
        DataType known = headers.putIfAbsent(column.name(), column.type());
        if (known != null && known != column.type()) {
          throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "column " + column.name() + " is " + known
              + " in one device but " + column.type() + " in " + device);
        }
      }
      timed = part.timed();
      used.add(device);
      // Each device's rows come in the requested time order; the optimizer turns the scans
      // where it can, else the device's rows are reversed before the devices are concatenated.
      inputs.add(!whole.ascending && !part.ordered() ? new TimeOrderNode(part.plan()) : part.plan());
      inputColumns.add(part.columns());
    }
    List<ResultColumn> shared = new ArrayList<>();
    for (Map.Entry<String, DataType> header : headers.entrySet()) {
      shared.add(new ResultColumn(header.getKey(), header.getValue()));
    }
    List<ResultColumn> columns = new ArrayList<>();
    columns.add(new ResultColumn("Device", DataType.TEXT));
    columns.addAll(shared);
    boolean withTimes = timed == null || timed;
    return new QueryPart(columns, withTimes,
        new DeviceViewNode(used, inputs, shared, inputColumns, timeFirst && withTimes, whole.ascending), true);
  }

  /**
   * The devices' rows, each spread over the shared columns: one device after another, or
   * interleaved by time.
   */
  static Operator operator(DeviceViewNode node, Function<PlanNode, Operator> generate, QueryContext context) {
    List<String> names = new ArrayList<>();
    Map<String, DataType> headers = new LinkedHashMap<>();
    for (ResultColumn column : node.columns()) {
      names.add(column.name());
      headers.put(column.name(), column.type());
    }
    List<Operator> owned = new ArrayList<>();
    List<Supplier<Operator>> suppliers = new ArrayList<>();
    try {
      for (int i = 0; i < node.inputs().size(); i++) {
        Operator rows = generate.apply(node.inputs().get(i));
        owned.add(rows);
        List<ResultColumn> columns = node.inputColumns().get(i);
        String device = node.devices().get(i).toString();
        suppliers.add(() -> new DeviceColumns(columns, rows, device, names, headers));
      }
    } catch (RuntimeException e) {
      owned.forEach(Operator::close);
      throw e;
    }
    if (node.byTime()) {
      List<Operator> devices = new ArrayList<>();
      for (Supplier<Operator> device : suppliers) {
        devices.add(device.get());
      }
      return new TimeMergeOperator(devices, node.types(), node.ascending(), context);
    }
    return new OwningOperator(new ConcatOperator(node.types(), suppliers), owned);
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
