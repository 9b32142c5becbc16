package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.block.Blocks;
import org.orrery.query.block.Values;
import org.orrery.query.context.QueryContext;
import org.orrery.query.operator.Materializer;
import org.orrery.query.operator.Operator;
import org.orrery.query.plan.IntoTargets.Target;
import org.orrery.query.result.OperatorResult;
import org.orrery.query.result.TableBuilder;
import org.orrery.query.statement.TabletWriter;
import org.orrery.sql.ast.query.IntoItem;

/**
 * SELECT ... INTO: runs the query, writes each result column to its target series (auto-created
 * as needed) and reports {@code SourceColumn, TargetTimeseries, Written} (with
 * {@code SourceDevice} first for ALIGN BY DEVICE). {@link IntoTargets} pairs columns and targets.
 */
final class IntoExecutor {
  private IntoExecutor() {}

  static OperatorResult run(List<ResultColumn> columns, Operator source, List<IntoItem> items, TabletWriter writer,
      QueryContext context) {
    List<Target> targets = IntoTargets.byTime(columns, items);
    Block rows = Materializer.drain(source, true, context, "SELECT INTO");
    int[] sourceColumns = new int[targets.size()];
    for (int c = 0; c < sourceColumns.length; c++) {
      sourceColumns[c] = c;
    }
    long[] written = write(rows, sourceColumns, targets, writer, false);
    TableBuilder table = new TableBuilder()
        .column("SourceColumn", DataType.TEXT).column("TargetTimeseries", DataType.TEXT)
        .column("Written", DataType.INT64);
    for (int c = 0; c < targets.size(); c++) {
      table.row(columns.get(c).name(), targets.get(c).path(), written[c]);
    }
    return table.result(context);
  }

  /**
   * ALIGN BY DEVICE: the rows of each device (the Device column, first, tells them apart) go to
   * that device's targets.
   *
   * @param columns the result columns, Device first
   * @param devices the devices of the result, in order
   */
  static OperatorResult runByDevice(List<ResultColumn> columns, List<PartialPath> devices, Operator source,
      List<IntoItem> items, TabletWriter writer, QueryContext context) {
    List<ResultColumn> values = columns.subList(1, columns.size());
    List<List<Target>> targets = IntoTargets.byDevice(devices, values, items);
    Block rows = Materializer.drain(source, true, context, "SELECT INTO");
    Map<String, List<Integer>> rowsOfDevice = new LinkedHashMap<>();
    for (int r = 0; r < rows.rowCount(); r++) {
      rowsOfDevice.computeIfAbsent(Values.text(rows.column(0), r), d -> new ArrayList<>()).add(r);
    }
    int[] sourceColumns = new int[values.size()];
    for (int c = 0; c < sourceColumns.length; c++) {
      sourceColumns[c] = c + 1;
    }
    TableBuilder table = new TableBuilder().column("SourceDevice", DataType.TEXT)
        .column("SourceColumn", DataType.TEXT).column("TargetTimeseries", DataType.TEXT)
        .column("Written", DataType.INT64);
    for (int d = 0; d < devices.size(); d++) {
      List<Integer> positions = rowsOfDevice.getOrDefault(devices.get(d).toString(), List.of());
      int[] selected = positions.stream().mapToInt(Integer::intValue).toArray();
      Block deviceRows = Blocks.select(rows, selected, selected.length);
      long[] written = write(deviceRows, sourceColumns, targets.get(d), writer, true);
      for (int c = 0; c < values.size(); c++) {
        table.row(devices.get(d).toString(), values.get(c).name(), targets.get(d).get(c).path(), written[c]);
      }
    }
    return table.result(context);
  }

  /**
   * Writes column {@code sourceColumns[i]} of the rows to target {@code i}, one tablet per target
   * device, and counts the values written per target.
   *
   * @param skipEmpty whether columns without any value are left out, so their targets are not
   *     created (a device of ALIGN BY DEVICE lacks the columns only other devices have)
   */
  private static long[] write(Block rows, int[] sourceColumns, List<Target> targets, TabletWriter writer,
      boolean skipEmpty) {
    long[] written = new long[targets.size()];
    for (int t = 0; t < targets.size(); t++) {
      Column column = rows.column(sourceColumns[t]);
      for (int r = 0; r < rows.rowCount(); r++) {
        if (!column.isNull(r)) {
          written[t]++;
        }
      }
    }
    Map<PartialPath, List<Integer>> byDevice = new LinkedHashMap<>();
    for (int t = 0; t < targets.size(); t++) {
      if (!skipEmpty || written[t] > 0) {
        byDevice.computeIfAbsent(targets.get(t).device(), d -> new ArrayList<>()).add(t);
      }
    }
    if (rows.rowCount() == 0) {
      return written;
    }
    List<OrreryException> rejected = new ArrayList<>();
    for (Map.Entry<PartialPath, List<Integer>> device : byDevice.entrySet()) {
      List<String> measurements = new ArrayList<>();
      List<Column> values = new ArrayList<>();
      boolean aligned = false;
      for (int t : device.getValue()) {
        measurements.add(targets.get(t).measurement());
        values.add(rows.column(sourceColumns[t]));
        aligned |= targets.get(t).aligned();
      }
      InsertOutcome outcome = writer.write(List.of(
          new InsertTablet(device.getKey(), aligned, measurements, rows.times(), values, rows.rowCount())));
      rejected.addAll(outcome.rejectedColumns());
    }
    if (!rejected.isEmpty()) {
      throw new OrreryException(rejected.get(0).code(), "SELECT INTO: " + rejected.get(0).getMessage());
    }
    return written;
  }
}
