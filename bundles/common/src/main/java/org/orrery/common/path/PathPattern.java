package org.orrery.common.path;

import java.util.BitSet;

/**
 * A compiled path pattern. {@code *} matches exactly one node, a node such as {@code d*} matches
 * node names by glob, and {@code **} matches one or more nodes. Matching runs the pattern as a
 * small automaton over the path's nodes (O(path length x pattern length)), so patterns with many
 * {@code **} never backtrack exponentially.
 */
public final class PathPattern {
  private final PartialPath path;
  private final NodePattern[] nodes;

  private PathPattern(PartialPath path) {
    this.path = path;
    this.nodes = new NodePattern[path.length()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = NodePattern.compile(path.node(i));
    }
  }

  /** A pattern from its written form, e.g. {@code root.sg.**.s1}. */
  public static PathPattern parse(String text) {
    return new PathPattern(PartialPath.parse(text));
  }

  /** A pattern over the nodes of {@code path}; a path without wildcards matches only itself. */
  public static PathPattern of(PartialPath path) {
    return new PathPattern(path);
  }

  public PartialPath path() {
    return path;
  }

  /**
   * True when {@code candidate}, a path without wildcards, is matched by this pattern.
   *
   * @throws IllegalArgumentException naming the candidate when it contains wildcards
   */
  public boolean matches(PartialPath candidate) {
    BitSet states = run(requireConcrete(candidate));
    return states.get(nodes.length);
  }

  /**
   * True when this pattern matches {@code prefix} itself or some path that starts with it, i.e.
   * when the subtree under {@code prefix} may hold matching paths. Lets schema walks prune whole
   * subtrees.
   */
  public boolean mayMatchUnder(PartialPath prefix) {
    // Any pattern position still alive after the prefix can be completed: literals by
    // themselves, wildcards by some name, '**' by one more node.
    return !run(requireConcrete(prefix)).isEmpty();
  }

  /** True when some concrete path is matched both by this pattern and by {@code other}. */
  public boolean overlaps(PathPattern other) {
    int width = other.nodes.length + 1;
    BitSet seen = new BitSet((nodes.length + 1) * width);
    int[] stack = new int[(nodes.length + 1) * width];
    int top = 0;
    stack[top++] = 0;
    seen.set(0);
    while (top > 0) {
      int key = stack[--top];
      int i = key / width;
      int j = key % width;
      if (i == nodes.length && j == other.nodes.length) {
        return true;
      }
      if (i == nodes.length || j == other.nodes.length || !nodes[i].intersects(other.nodes[j])) {
        continue;
      }
      // One shared node consumed: each side advances, and a '**' may also stay to take more.
      for (int ni = i; ni <= i + 1; ni++) {
        if (ni == i && !nodes[i].isMultiLevel()) {
          continue;
        }
        for (int nj = j; nj <= j + 1; nj++) {
          if (nj == j && !other.nodes[j].isMultiLevel()) {
            continue;
          }
          int next = ni * width + nj;
          if (!seen.get(next)) {
            seen.set(next);
            stack[top++] = next;
          }
        }
      }
    }
    return false;
  }

  /** True when the pattern contains no wildcard, i.e. denotes one path. */
  public boolean isConcrete() {
    return !path.hasWildcard();
  }

  /**
   * The states (pattern positions) reachable after consuming every node of {@code concrete}.
   * Position {@code i} means nodes {@code [0, i)} of the pattern are fully matched.
   */
  private BitSet run(PartialPath concrete) {
    BitSet current = new BitSet(nodes.length + 1);
    current.set(0);
    for (int k = 0; k < concrete.length() && !current.isEmpty(); k++) {
      String name = concrete.node(k);
      BitSet next = new BitSet(nodes.length + 1);
      for (int i = current.nextSetBit(0); i >= 0 && i < nodes.length; i = current.nextSetBit(i + 1)) {
        NodePattern node = nodes[i];
        if (node.isMultiLevel()) {
          next.set(i); // '**' keeps consuming
          next.set(i + 1); // or this was its last node
        } else if (node.matches(name)) {
          next.set(i + 1);
        }
      }
      current = next;
    }
    return current;
  }

  private static PartialPath requireConcrete(PartialPath candidate) {
    if (candidate.hasWildcard()) {
      throw new IllegalArgumentException(
          "expected a path without wildcards but got " + candidate);
    }
    return candidate;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathPattern && path.equals(((PathPattern) other).path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
