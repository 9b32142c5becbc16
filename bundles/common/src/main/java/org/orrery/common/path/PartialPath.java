package org.orrery.common.path;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable sequence of node names, e.g. {@code root.sg.d1.s1}. A full path starts with
 * {@code root}; a path without it is a suffix that a query resolves against its FROM prefixes.
 * Nodes containing {@code *} are wildcards, so the same type carries path patterns in statements;
 * {@link PathPattern} matches them.
 *
 * <p>Node names are stored unquoted: {@code root.sg.`a.b`} has the three nodes {@code root},
 * {@code sg} and {@code a.b}.
 */
public final class PartialPath implements Comparable<PartialPath> {
  /** The name of the first node of every full path. */
  public static final String ROOT = "root";

  private final String[] nodes;

  private PartialPath(String[] nodes) {
    this.nodes = nodes;
  }

  /**
   * Parses the written form of a path, e.g. {@code root.sg.`a.b`.s1} or {@code root.**.s1}.
   *
   * @throws IllegalPathException naming the path when it is not well formed
   */
  public static PartialPath parse(String text) {
    return new PartialPath(PathText.split(text).toArray(new String[0]));
  }

  /**
   * A path from raw node names (unquoted). A name containing {@code *} is a wildcard and must be
   * a valid one; any other non-empty name is accepted as is.
   *
   * @throws IllegalPathException when a node is empty or an invalid wildcard
   */
  public static PartialPath of(String... nodes) {
    return of(Arrays.asList(nodes));
  }

  /** Same as {@link #of(String...)} for a list of raw node names. */
  public static PartialPath of(List<String> nodes) {
    if (nodes.isEmpty()) {
      throw new IllegalPathException("", "a path needs at least one node");
    }
    String[] copy = nodes.toArray(new String[0]);
    for (int i = 0; i < copy.length; i++) {
      String node = copy[i];
      if (node == null || node.isEmpty()) {
        throw new IllegalPathException(render(copy), "empty node at level " + i);
      }
      if (NodeName.isWildcard(node)) {
        String problem = NodeName.wildcardProblem(node);
        if (problem != null) {
          throw new IllegalPathException(render(copy), problem);
        }
      }
    }
    return new PartialPath(copy);
  }

  public int length() {
    return nodes.length;
  }

  public String node(int index) {
    return nodes[index];
  }

  /** The raw node names, unmodifiable. */
  public List<String> nodes() {
    return Collections.unmodifiableList(Arrays.asList(nodes));
  }

  public String firstNode() {
    return nodes[0];
  }

  public String lastNode() {
    return nodes[nodes.length - 1];
  }

  /** True when the first node is {@code root}. */
  public boolean isFullPath() {
    return nodes[0].equals(ROOT);
  }

  /** True when any node is a wildcard or name pattern. */
  public boolean hasWildcard() {
    for (String node : nodes) {
      if (NodeName.isWildcard(node)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The device part of a series path: every node but the last.
   *
   * @throws IllegalPathException when the path has a single node
   */
  public PartialPath devicePath() {
    if (nodes.length < 2) {
      throw new IllegalPathException(toString(), "a series path needs a device and a measurement");
    }
    return new PartialPath(Arrays.copyOf(nodes, nodes.length - 1));
  }

  /** The measurement part of a series path: its last node. */
  public String measurement() {
    return lastNode();
  }

  /** This path with one more node at the end. */
  public PartialPath append(String node) {
    String[] longer = Arrays.copyOf(nodes, nodes.length + 1);
    longer[nodes.length] = node;
    return of(longer);
  }

  /** This path followed by all nodes of {@code suffix}. */
  public PartialPath concat(PartialPath suffix) {
    String[] joined = Arrays.copyOf(nodes, nodes.length + suffix.nodes.length);
    System.arraycopy(suffix.nodes, 0, joined, nodes.length, suffix.nodes.length);
    return new PartialPath(joined);
  }

  /** The nodes {@code [from, to)} as a path. */
  public PartialPath subPath(int from, int to) {
    if (from < 0 || to > nodes.length || from >= to) {
      throw new IndexOutOfBoundsException(
          "sub path [" + from + ", " + to + ") of " + nodes.length + " nodes in " + this);
    }
    return new PartialPath(Arrays.copyOfRange(nodes, from, to));
  }

  /** True when the first nodes of this path are exactly those of {@code prefix}. */
  public boolean startsWith(PartialPath prefix) {
    if (prefix.nodes.length > nodes.length) {
      return false;
    }
    for (int i = 0; i < prefix.nodes.length; i++) {
      if (!nodes[i].equals(prefix.nodes[i])) {
        return false;
      }
    }
    return true;
  }

  /** The written form, with backquotes around nodes that need them. */
  @Override
  public String toString() {
    return render(nodes);
  }

  private static String render(String[] nodes) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < nodes.length; i++) {
      if (i > 0) {
        text.append('.');
      }
      text.append(nodes[i] == null ? "" : NodeName.format(nodes[i]));
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialPath && Arrays.equals(nodes, ((PartialPath) other).nodes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(nodes);
  }

  /** Orders node by node, then shorter paths first. */
  @Override
  public int compareTo(PartialPath other) {
    int common = Math.min(nodes.length, other.nodes.length);
    for (int i = 0; i < common; i++) {
      int c = nodes[i].compareTo(other.nodes[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(nodes.length, other.nodes.length);
  }
}
