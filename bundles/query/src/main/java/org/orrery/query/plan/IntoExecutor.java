package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.context.QueryContext;
import org.orrery.query.operator.Materializer;
import org.orrery.query.result.OperatorResult;
import org.orrery.query.result.TableBuilder;
import org.orrery.query.statement.TabletWriter;
import org.orrery.sql.ast.query.IntoItem;

/**
 * SELECT ... INTO: runs the query, writes each result column to its target series (auto-created
 * as needed) and reports {@code SourceColumn, TargetTimeseries, Written}. Targets pair with the
 * result columns in order; {@code ::} copies the source measurement (or the source device's
 * nodes from that level on) and {@code ${i}} the i-th node of the source path.
 */
final class IntoExecutor {
  private IntoExecutor() {}

  private record Target(PartialPath device, String measurement, boolean aligned) {}

  static OperatorResult run(QueryPart source, List<IntoItem> items, TabletWriter writer, QueryContext context) {
    List<ResultColumn> columns = source.columns();
    List<Target> targets = targets(columns, items);
    Block rows = Materializer.drain(source.operator(), true, context, "SELECT INTO");
    Map<PartialPath, List<Integer>> byDevice = new LinkedHashMap<>();
    for (int c = 0; c < targets.size(); c++) {
      byDevice.computeIfAbsent(targets.get(c).device(), d -> new ArrayList<>()).add(c);
    }
    long[] written = new long[targets.size()];
    List<OrreryException> rejected = new ArrayList<>();
    for (Map.Entry<PartialPath, List<Integer>> device : byDevice.entrySet()) {
      List<String> measurements = new ArrayList<>();
      List<Column> values = new ArrayList<>();
      boolean aligned = false;
      for (int c : device.getValue()) {
        measurements.add(targets.get(c).measurement());
        values.add(rows.column(c));
        aligned |= targets.get(c).aligned();
        for (int r = 0; r < rows.rowCount(); r++) {
          if (!rows.column(c).isNull(r)) {
            written[c]++;
          }
        }
      }
      if (rows.rowCount() == 0) {
        continue;
      }
      InsertOutcome outcome = writer.write(List.of(
          new InsertTablet(device.getKey(), aligned, measurements, rows.times(), values, rows.rowCount())));
      rejected.addAll(outcome.rejectedColumns());
    }
    if (!rejected.isEmpty()) {
      throw new OrreryException(rejected.get(0).code(), "SELECT INTO: " + rejected.get(0).getMessage());
    }
    TableBuilder table = new TableBuilder()
        .column("SourceColumn", DataType.TEXT).column("TargetTimeseries", DataType.TEXT)
        .column("Written", DataType.INT64);
    for (int c = 0; c < targets.size(); c++) {
      Target target = targets.get(c);
      table.row(columns.get(c).name(), target.device().append(target.measurement()).toString(), written[c]);
    }
    return table.result(context);
  }

  private static List<Target> targets(List<ResultColumn> columns, List<IntoItem> items) {
    List<Target> out = new ArrayList<>();
    for (IntoItem item : items) {
      for (String measurement : item.measurements()) {
        if (out.size() == columns.size()) {
          throw mismatch(columns, items);
        }
        PartialPath source = sourcePath(columns.get(out.size()).name(), item);
        List<String> device = new ArrayList<>();
        for (int i = 0; i < item.deviceNodes().size(); i++) {
          String node = item.deviceNodes().get(i);
          if (node.equals(IntoItem.SUFFIX_PLACEHOLDER)) {
            PartialPath sourceDevice = source.devicePath();
            for (int k = i; k < sourceDevice.length(); k++) {
              device.add(sourceDevice.node(k));
            }
          } else {
            device.add(substitute(node, source));
          }
        }
        String target = measurement.equals(IntoItem.SUFFIX_PLACEHOLDER)
            ? source.lastNode() : substitute(measurement, source);
        out.add(new Target(PartialPath.of(device), target, item.aligned()));
      }
    }
    if (out.size() != columns.size()) {
      throw mismatch(columns, items);
    }
    return out;
  }

  private static PartialPath sourcePath(String column, IntoItem item) {
    if (!item.usesPlaceholders()) {
      return PartialPath.of("root", "placeholder");
    }
    try {
      PartialPath path = PartialPath.parse(column);
      if (path.isFullPath() && path.length() > 2) {
        return path;
      }
    } catch (OrreryException e) {
      // not a plain series: placeholders cannot apply, reported below
    }
    throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
        "INTO placeholders need plain series in SELECT, but a column is '" + column + "'");
  }

  /** Replaces each {@code ${i}} with node {@code i} of the source path. */
  private static String substitute(String node, PartialPath source) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < node.length()) {
      int open = node.indexOf("${", at);
      if (open < 0) {
        out.append(node, at, node.length());
        break;
      }
      int close = node.indexOf('}', open);
      if (close < 0) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "unclosed placeholder in INTO target '" + node + "'");
      }
      out.append(node, at, open);
      int level;
      try {
        level = Integer.parseInt(node.substring(open + 2, close).trim());
      } catch (NumberFormatException e) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "placeholder '" + node.substring(open, close + 1)
            + "' in INTO needs a node number");
      }
      if (level < 0 || level >= source.length()) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "placeholder ${" + level + "} is beyond the "
            + source.length() + " nodes of " + source);
      }
      out.append(source.node(level));
      at = close + 1;
    }
    return out.toString();
  }

  private static OrreryException mismatch(List<ResultColumn> columns, List<IntoItem> items) {
    int targets = 0;
    for (IntoItem item : items) {
      targets += item.measurements().size();
    }
    return new OrreryException(ErrorCode.SEMANTIC_ERROR, "SELECT INTO has " + columns.size()
        + " result columns but " + targets + " targets");
  }
}
