package org.orrery.sql.ast.query;

import java.util.List;

/**
 * One target of {@code SELECT ... INTO}: {@code [ALIGNED] device(m1, m2, ...)}. Device nodes and
 * measurements may contain the placeholders {@code ::} (copy the source suffix) and {@code ${i}}
 * (the i-th node of the source path), kept as written.
 *
 * @param deviceNodes e.g. [root, sg_copy, d1] or [root, ${2}_copy, ::]
 */
public record IntoItem(boolean aligned, List<String> deviceNodes, List<String> measurements) {
  public IntoItem {
    deviceNodes = List.copyOf(deviceNodes);
    measurements = List.copyOf(measurements);
  }

  /** The placeholder that copies the suffix of the source device or the source measurement. */
  public static final String SUFFIX_PLACEHOLDER = "::";

  /** True when a device node or measurement contains {@code ::} or {@code ${i}}. */
  public boolean usesPlaceholders() {
    for (String node : deviceNodes) {
      if (isPlaceholder(node)) {
        return true;
      }
    }
    for (String measurement : measurements) {
      if (isPlaceholder(measurement)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlaceholder(String node) {
    return node.equals(SUFFIX_PLACEHOLDER) || node.contains("${");
  }
}
