package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.query.ResultColumn;
import org.orrery.sql.ast.query.IntoItem;

/**
 * Pairs the columns of a SELECT ... INTO with their target series, resolving the placeholders:
 * {@code ::} copies the source measurement (or the source device's nodes from that level on) and
 * {@code ${i}} the i-th node of the source path.
 */
final class IntoTargets {
  private IntoTargets() {}

  /** One target series and whether its device is written aligned. */
  record Target(PartialPath device, String measurement, boolean aligned) {
    String path() {
      return device.append(measurement).toString();
    }
  }

  /** ALIGN BY TIME: the targets of all items pair with the result columns in order. */
  static List<Target> byTime(List<ResultColumn> columns, List<IntoItem> items) {
    List<Target> out = new ArrayList<>();
    for (IntoItem item : items) {
      for (String measurement : item.measurements()) {
        if (out.size() == columns.size()) {
          throw mismatch(columns.size(), items);
        }
        PartialPath source = sourcePath(columns.get(out.size()).name(), item);
        out.add(target(item, source.devicePath(), source, measurement));
      }
    }
    if (out.size() != columns.size()) {
      throw mismatch(columns.size(), items);
    }
    return out;
  }

  /**
   * ALIGN BY DEVICE: one item per device in result order, or a single item whose device has
   * placeholders for every device; an item's measurements pair with the value columns in order,
   * or a single measurement with placeholders serves every column.
   *
   * @param devices the devices of the result, in order
   * @param columns the value columns (without Device)
   * @return per device, the target of each column
   */
  static List<List<Target>> byDevice(List<PartialPath> devices, List<ResultColumn> columns, List<IntoItem> items) {
    boolean devicePlaceholders = items.stream().anyMatch(item -> item.deviceNodes().stream()
        .anyMatch(IntoTargets::isPlaceholder));
    if (devicePlaceholders && items.size() != 1) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "SELECT INTO with ALIGN BY DEVICE and placeholders in"
          + " the target device takes exactly one target, not " + items.size());
    }
    if (!devicePlaceholders && items.size() != devices.size()) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "SELECT INTO with ALIGN BY DEVICE needs one target per"
          + " device: " + devices.size() + " devices but " + items.size() + " targets");
    }
    List<List<Target>> out = new ArrayList<>();
    for (int d = 0; d < devices.size(); d++) {
      IntoItem item = devicePlaceholders ? items.get(0) : items.get(d);
      boolean measurementPlaceholder = item.measurements().size() == 1
          && isPlaceholder(item.measurements().get(0));
      if (!measurementPlaceholder && item.measurements().size() != columns.size()) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "SELECT INTO target " + String.join(".",
            item.deviceNodes()) + item.measurements() + " names " + item.measurements().size()
            + " measurements but the query has " + columns.size() + " columns");
      }
      if (item.measurements().size() > 1 && item.measurements().stream().anyMatch(IntoTargets::isPlaceholder)) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "a target measurement with placeholders must be the only one of its target: " + item.measurements());
      }
      List<Target> targets = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        String measurement = measurementPlaceholder ? item.measurements().get(0) : item.measurements().get(c);
        PartialPath device = devices.get(d);
        PartialPath source = device;
        if (isPlaceholder(measurement)) {
          source = device.concat(plainMeasurement(columns.get(c).name()));
        }
        targets.add(target(item, device, source, measurement));
      }
      out.add(targets);
    }
    return out;
  }

  /** A column header that names a measurement of the device (no function, no expression). */
  private static PartialPath plainMeasurement(String column) {
    try {
      PartialPath path = PartialPath.parse("root." + column);
      if (path.length() == 2) {
        return path.subPath(1, 2);
      }
    } catch (OrreryException e) {
      // not a plain measurement: reported below
    }
    throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
        "INTO placeholders in measurements need plain series in SELECT, but a column is '" + column + "'");
  }

  /**
   * @param sourceDevice the device {@code ::} in the target device copies from
   * @param source the path {@code ${i}} and a measurement {@code ::} read
   */
  private static Target target(IntoItem item, PartialPath sourceDevice, PartialPath source, String measurement) {
    List<String> device = new ArrayList<>();
    for (int i = 0; i < item.deviceNodes().size(); i++) {
      String node = item.deviceNodes().get(i);
      if (node.equals(IntoItem.SUFFIX_PLACEHOLDER)) {
        for (int k = i; k < sourceDevice.length(); k++) {
          device.add(sourceDevice.node(k));
        }
      } else {
        device.add(substitute(node, source));
      }
    }
    String target = measurement.equals(IntoItem.SUFFIX_PLACEHOLDER) ? source.lastNode() : substitute(measurement, source);
    return new Target(PartialPath.of(device), target, item.aligned());
  }

  private static boolean isPlaceholder(String node) {
    return node.equals(IntoItem.SUFFIX_PLACEHOLDER) || node.contains("${");
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

  private static OrreryException mismatch(int columns, List<IntoItem> items) {
    int targets = 0;
    for (IntoItem item : items) {
      targets += item.measurements().size();
    }
    return new OrreryException(ErrorCode.SEMANTIC_ERROR, "SELECT INTO has " + columns
        + " result columns but " + targets + " targets");
  }
}
