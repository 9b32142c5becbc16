package org.orrery.query.plan.logical;

import java.util.ArrayList;
import java.util.List;

/** A plan as EXPLAIN shows it: one node per line, depth first, indented two spaces a level. */
public final class PlanPrinter {
  private PlanPrinter() {}

  public static List<String> lines(PlanNode root) {
    List<String> out = new ArrayList<>();
    print(root, 0, out);
    return out;
  }

  private static void print(PlanNode node, int depth, List<String> out) {
    out.add("  ".repeat(depth) + node.describe());
    for (PlanNode child : node.children()) {
      print(child, depth + 1, out);
    }
  }
}
