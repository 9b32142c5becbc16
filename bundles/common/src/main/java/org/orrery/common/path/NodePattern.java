package org.orrery.common.path;

import java.util.ArrayDeque;
import java.util.Deque;

/** One compiled node of a {@link PathPattern}. */
final class NodePattern {
  enum Kind {
    LITERAL,
    ONE_LEVEL,
    MULTI_LEVEL,
    GLOB
  }

  private final Kind kind;
  private final String text;

  private NodePattern(Kind kind, String text) {
    this.kind = kind;
    this.text = text;
  }

  static NodePattern compile(String node) {
    if (node.equals(NodeName.MULTI_LEVEL_WILDCARD)) {
      return new NodePattern(Kind.MULTI_LEVEL, node);
    }
    if (node.equals(NodeName.ONE_LEVEL_WILDCARD)) {
      return new NodePattern(Kind.ONE_LEVEL, node);
    }
    return new NodePattern(NodeName.isWildcard(node) ? Kind.GLOB : Kind.LITERAL, node);
  }

  Kind kind() {
    return kind;
  }

  boolean isMultiLevel() {
    return kind == Kind.MULTI_LEVEL;
  }

  /** True when this node pattern accepts the concrete node name. */
  boolean matches(String node) {
    switch (kind) {
      case LITERAL:
        return text.equals(node);
      case GLOB:
        return globMatches(text, node);
      default:
        return true;
    }
  }

  /** True when some concrete node name is accepted by both patterns. */
  boolean intersects(NodePattern other) {
    if (kind == Kind.ONE_LEVEL || kind == Kind.MULTI_LEVEL) {
      return true;
    }
    if (other.kind == Kind.ONE_LEVEL || other.kind == Kind.MULTI_LEVEL) {
      return true;
    }
    if (kind == Kind.LITERAL) {
      return other.matches(text);
    }
    if (other.kind == Kind.LITERAL) {
      return matches(other.text);
    }
    return globsIntersect(text, other.text);
  }

  /** See {@link NodeName#globMatches}. */
  static boolean globMatches(String glob, String name) {
    return NodeName.globMatches(glob, name);
  }

  /**
   * Whether two globs share a word. Explores pairs of positions (i in a, j in b): a star may skip
   * itself or absorb one character the other side produces; equal literals advance together.
   */
  static boolean globsIntersect(String a, String b) {
    int width = b.length() + 1;
    boolean[] seen = new boolean[(a.length() + 1) * width];
    Deque<int[]> work = new ArrayDeque<>();
    work.push(new int[] {0, 0});
    seen[0] = true;
    while (!work.isEmpty()) {
      int[] pos = work.pop();
      int i = pos[0];
      int j = pos[1];
      if (i == a.length() && j == b.length()) {
        return true;
      }
      boolean starA = i < a.length() && a.charAt(i) == '*';
      boolean starB = j < b.length() && b.charAt(j) == '*';
      if (starA) {
        visit(work, seen, width, i + 1, j);
      }
      if (starB) {
        visit(work, seen, width, i, j + 1);
      }
      if (starA && j < b.length() && !starB) {
        visit(work, seen, width, i, j + 1);
      }
      if (starB && i < a.length() && !starA) {
        visit(work, seen, width, i + 1, j);
      }
      if (!starA && !starB && i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
        visit(work, seen, width, i + 1, j + 1);
      }
    }
    return false;
  }

  private static void visit(Deque<int[]> work, boolean[] seen, int width, int i, int j) {
    int key = i * width + j;
    if (!seen[key]) {
      seen[key] = true;
      work.push(new int[] {i, j});
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
