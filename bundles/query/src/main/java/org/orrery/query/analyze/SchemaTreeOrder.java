package org.orrery.query.analyze;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.orrery.common.path.PartialPath;

/**
 * The order in which IoTDB 1.3 lists the series a wildcard pattern matches in a query: a depth
 * first walk of the schema tree, each node's children in the iteration order of a
 * {@code java.util.HashMap} keyed by the child names (the query's schema tree keeps children that
 * way). So {@code select * from root.sg.d1} over s1..s5 gives s3, s4, s5, s1, s2, and
 * {@code select * from root.ln.**} lists wf02 before wf01, as IoTDB's documentation and tests
 * show. The walk is reproduced by putting each node's children, in name order, into a HashMap
 * and following its iteration; the order is Java's documented-stable bucket order for these
 * keys, which the emulation depends on.
 */
public final class SchemaTreeOrder {
  private SchemaTreeOrder() {}

  /** {@code paths} (full series paths) in schema tree order, without duplicates. */
  public static List<PartialPath> of(Collection<PartialPath> paths) {
    Node root = new Node();
    for (PartialPath path : paths) {
      Node node = root;
      for (String name : path.nodes()) {
        node = node.children.computeIfAbsent(name, n -> new Node());
      }
      node.series = path;
    }
    List<PartialPath> out = new ArrayList<>(paths.size());
    walk(root, out);
    return out;
  }

  private static void walk(Node node, List<PartialPath> out) {
    if (node.series != null) {
      out.add(node.series);
    }
    if (node.children.isEmpty()) {
      return;
    }
    // one put at a time, as IoTDB adds children: putAll would size the table differently
    Map<String, Node> hashed = new HashMap<>();
    for (Map.Entry<String, Node> child : node.children.entrySet()) {
      hashed.put(child.getKey(), child.getValue());
    }
    for (Node child : hashed.values()) {
      walk(child, out);
    }
  }

  private static final class Node {
    /** Children by name, in name order: the order they are put into the HashMap. */
    final Map<String, Node> children = new TreeMap<>();
    PartialPath series;
  }
}
