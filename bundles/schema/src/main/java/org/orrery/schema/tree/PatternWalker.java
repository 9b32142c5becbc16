package org.orrery.schema.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;

/**
 * Walks the part of the tree a pattern can match, depth first with children in name order, so
 * every visitor sees nodes in path order and each node at most once. Subtrees where the pattern
 * automaton has no live state are skipped; where every live state expects a literal name the
 * children are looked up by name instead of scanned, so {@code root.db3.*.s1} touches one
 * database, its devices, and one series per device.
 *
 * <p>A measurement matches by its name or by its alias. Not thread-safe: one walker per walk.
 */
public final class PatternWalker {
  /** What a visitor tells the walker after seeing a node. */
  public enum Action {
    CONTINUE,
    SKIP_CHILDREN,
    STOP
  }

  /** Receives the nodes of a walk. */
  public interface Visitor {
    /**
     * An inner node that the pattern matches, that is the child of a matched node, or below which
     * matches are still possible.
     */
    default Action inner(InnerNode node, int depth, boolean matched, boolean parentMatched) {
      return Action.CONTINUE;
    }

    /** A measurement that the pattern matches or whose device the pattern matches. */
    default Action measurement(
        MeasurementNode node, int depth, boolean matched, boolean parentMatched) {
      return Action.CONTINUE;
    }
  }

  private static final Comparator<SchemaNode> BY_NAME = Comparator.comparing(SchemaNode::name);

  private final CompiledPattern pattern;
  private final boolean visitChildrenOfMatches;
  private boolean skipMeasurements;
  private String[] path = new String[16];
  private Visitor visitor;

  /** A walker that visits matching nodes and what leads to them. */
  public PatternWalker(PathPattern pattern) {
    this(pattern, false);
  }

  /**
   * A walker; with {@code visitChildrenOfMatches} it also visits every child of a matched node
   * (with {@code parentMatched} set), which {@code SHOW CHILD PATHS} needs.
   */
  public PatternWalker(PathPattern pattern, boolean visitChildrenOfMatches) {
    this.pattern = new CompiledPattern(pattern);
    this.visitChildrenOfMatches = visitChildrenOfMatches;
  }

  /** Makes the walk skip measurements, for visitors that only look at inner nodes. */
  public PatternWalker ignoringMeasurements() {
    skipMeasurements = true;
    return this;
  }

  /** Walks the whole tree under {@code root} (which must be the tree root). */
  public void walk(InnerNode root, Visitor visitor) {
    this.visitor = visitor;
    long states = pattern.step(pattern.start(), root.name);
    path[0] = root.name;
    if (states == 0) {
      return;
    }
    boolean matched = pattern.accepts(states);
    Action action = visitor.inner(root, 0, matched, false);
    if (action == Action.CONTINUE
        && (pattern.canContinue(states) || (matched && visitChildrenOfMatches))) {
      descend(root, states, 1, matched);
    }
  }

  /**
   * True when the pattern matches {@code node} or any node below it. May be called from inside a
   * walk (by a visitor); the automaton state at {@code node} is recomputed from its path.
   */
  public boolean matchesAtOrBelow(InnerNode node) {
    String[] nodes = node.pathNodes();
    long states = pattern.start();
    for (String name : nodes) {
      states = pattern.step(states, name);
    }
    if (states == 0) {
      return false;
    }
    if (pattern.accepts(states)) {
      return true;
    }
    boolean[] found = new boolean[1];
    Visitor saved = visitor;
    String[] savedPath = path;
    path = Arrays.copyOf(nodes, Math.max(16, nodes.length * 2));
    visitor =
        new Visitor() {
          @Override
          public Action inner(InnerNode n, int depth, boolean matched, boolean parentMatched) {
            found[0] |= matched;
            return matched ? Action.STOP : Action.CONTINUE;
          }

          @Override
          public Action measurement(
              MeasurementNode n, int depth, boolean matched, boolean parentMatched) {
            found[0] |= matched;
            return matched ? Action.STOP : Action.CONTINUE;
          }
        };
    descend(node, states, nodes.length, false);
    visitor = saved;
    path = savedPath;
    return found[0];
  }

  /** The path of the node last visited at {@code depth}. */
  public PartialPath path(int depth) {
    return PartialPath.of(Arrays.copyOf(path, depth + 1));
  }

  /** The path nodes of the node last visited at {@code depth} (a fresh array). */
  public String[] pathNodes(int depth) {
    return Arrays.copyOf(path, depth + 1);
  }

  /** Visits the children of {@code node} (at depth - 1); false when the visitor stopped. */
  private boolean descend(InnerNode node, long states, int depth, boolean matched) {
    if (depth == path.length) {
      path = Arrays.copyOf(path, depth * 2);
    }
    matched &= visitChildrenOfMatches;
    if (!matched && node.childCount() == node.measurementCount()) {
      return descendToLeaves(node, states, depth);
    }
    // Measurements can only match through the state before the last pattern node.
    boolean leavesWanted =
        matched || (!skipMeasurements && pattern.leafMatch(states) != CompiledPattern.LEAF_NONE);
    String[] literals = matched ? null : pattern.nextLiterals(states);
    if (literals == null) {
      for (SchemaNode child : node.children()) {
        if ((leavesWanted || !(child instanceof MeasurementNode))
            && !visitChild(child, states, depth, matched)) {
          return false;
        }
      }
      return true;
    }
    for (SchemaNode child : lookUp(node, literals)) {
      if ((leavesWanted || !(child instanceof MeasurementNode))
          && !visitChild(child, states, depth, false)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Children of a node that has only measurements (the usual device): with a literal last
   * pattern node one lookup replaces a scan, so {@code root.**.s1} costs one lookup per device.
   */
  private boolean descendToLeaves(InnerNode node, long states, int depth) {
    int leaf = skipMeasurements ? CompiledPattern.LEAF_NONE : pattern.leafMatch(states);
    if (leaf == CompiledPattern.LEAF_NONE) {
      return true;
    }
    if (leaf == CompiledPattern.LEAF_LITERAL) {
      MeasurementNode series = node.measurement(pattern.lastText());
      return series == null || visitChild(series, states, depth, false);
    }
    for (SchemaNode child : node.children()) {
      if (!visitChild(child, states, depth, false)) {
        return false;
      }
    }
    return true;
  }

  /** The children named (or, for measurements, aliased) by the literals, in name order. */
  private static List<SchemaNode> lookUp(InnerNode node, String[] literals) {
    List<SchemaNode> found = new ArrayList<>(literals.length);
    for (String literal : literals) {
      SchemaNode child = node.child(literal);
      if (child == null) {
        child = node.measurementByAlias(literal);
      }
      if (child != null && !found.contains(child)) {
        found.add(child);
      }
    }
    if (found.size() > 1) {
      found.sort(BY_NAME);
    }
    return found;
  }

  private boolean visitChild(SchemaNode child, long parentStates, int depth, boolean parentMatched) {
    path[depth] = child.name;
    long states = pattern.step(parentStates, child.name);
    if (child instanceof MeasurementNode) {
      MeasurementNode series = (MeasurementNode) child;
      if (series.alias != null) {
        states |= pattern.step(parentStates, series.alias);
      }
      boolean matched = pattern.accepts(states);
      if (!matched && !parentMatched) {
        return true;
      }
      return visitor.measurement(series, depth, matched, parentMatched) != Action.STOP;
    }
    if (states == 0 && !parentMatched) {
      return true;
    }
    InnerNode inner = (InnerNode) child;
    boolean matched = pattern.accepts(states);
    Action action = visitor.inner(inner, depth, matched, parentMatched);
    if (action == Action.STOP) {
      return false;
    }
    boolean childrenWanted = matched && visitChildrenOfMatches;
    if (action == Action.SKIP_CHILDREN || (!childrenWanted && !pattern.canContinue(states))) {
      return true;
    }
    return descend(inner, states, depth + 1, matched);
  }
}
