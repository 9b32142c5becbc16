package org.orrery.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.engine.schema.DeviceInfo;
import org.orrery.schema.tree.DatabaseNode;
import org.orrery.schema.tree.InnerNode;
import org.orrery.schema.tree.MeasurementNode;
import org.orrery.schema.tree.PatternWalker;
import org.orrery.schema.tree.PatternWalker.Action;
import org.orrery.schema.tree.SchemaTree;

/**
 * The read-only questions about databases, devices and tree levels ({@code SHOW DATABASES},
 * {@code SHOW DEVICES}, {@code SHOW CHILD PATHS/NODES}, {@code COUNT NODES}). Each is one pattern
 * walk, so results come in path order. The caller holds the read lock.
 */
final class TreeQueries {
  /** IoTDB's node type names in {@code SHOW CHILD PATHS}. */
  static final String DATABASE = "DATABASE";

  static final String DEVICE = "DEVICE";
  static final String TIMESERIES = "TIMESERIES";
  static final String INTERNAL = "INTERNAL";

  private final SchemaTree tree;

  TreeQueries(SchemaTree tree) {
    this.tree = tree;
  }

  /** The database nodes matching {@code pattern}, in path order. */
  List<DatabaseNode> databases(PathPattern pattern) {
    List<DatabaseNode> result = new ArrayList<>();
    new PatternWalker(pattern).ignoringMeasurements()
        .walk(
            tree.root(),
            new PatternWalker.Visitor() {
              @Override
              public Action inner(InnerNode node, int depth, boolean matched, boolean parentMatched) {
                if (!(node instanceof DatabaseNode)) {
                  return Action.CONTINUE;
                }
                if (matched) {
                  result.add((DatabaseNode) node);
                }
                return Action.SKIP_CHILDREN; // databases never nest
              }
            });
    return result;
  }

  List<DeviceInfo> devices(PathPattern pattern, int offset, int limit) {
    SeriesSelection.checkPage(offset, limit);
    List<DeviceInfo> result = new ArrayList<>();
    PatternWalker walker = new PatternWalker(pattern).ignoringMeasurements();
    int[] skip = {offset};
    walker.walk(
        tree.root(),
        new PatternWalker.Visitor() {
          @Override
          public Action inner(InnerNode node, int depth, boolean matched, boolean parentMatched) {
            if (!matched || !node.isDevice()) {
              return Action.CONTINUE;
            }
            if (skip[0] > 0) {
              skip[0]--;
              return Action.CONTINUE;
            }
            result.add(SeriesViews.device(node, walker.path(depth)));
            return limit > 0 && result.size() >= limit ? Action.STOP : Action.CONTINUE;
          }
        });
    return result;
  }

  long countDevices(PathPattern pattern) {
    long[] count = {0};
    new PatternWalker(pattern).ignoringMeasurements()
        .walk(
            tree.root(),
            new PatternWalker.Visitor() {
              @Override
              public Action inner(InnerNode node, int depth, boolean matched, boolean parentMatched) {
                if (matched && node.isDevice()) {
                  count[0]++;
                }
                return Action.CONTINUE;
              }
            });
    return count[0];
  }

  List<String[]> childPaths(PathPattern pattern) {
    List<String[]> result = new ArrayList<>();
    PatternWalker walker = new PatternWalker(pattern, true);
    walker.walk(
        tree.root(),
        new PatternWalker.Visitor() {
          @Override
          public Action inner(InnerNode node, int depth, boolean matched, boolean parentMatched) {
            if (parentMatched) {
              result.add(new String[] {walker.path(depth).toString(), typeOf(node)});
            }
            return Action.CONTINUE;
          }

          @Override
          public Action measurement(
              MeasurementNode node, int depth, boolean matched, boolean parentMatched) {
            if (parentMatched) {
              result.add(new String[] {walker.path(depth).toString(), TIMESERIES});
            }
            return Action.CONTINUE;
          }
        });
    return result;
  }

  List<String> childNodes(PathPattern pattern) {
    TreeSet<String> names = new TreeSet<>();
    new PatternWalker(pattern, true)
        .walk(
            tree.root(),
            new PatternWalker.Visitor() {
              @Override
              public Action inner(InnerNode node, int depth, boolean matched, boolean parentMatched) {
                if (parentMatched) {
                  names.add(node.name());
                }
                return Action.CONTINUE;
              }

              @Override
              public Action measurement(
                  MeasurementNode node, int depth, boolean matched, boolean parentMatched) {
                if (parentMatched) {
                  names.add(node.name());
                }
                return Action.CONTINUE;
              }
            });
    return new ArrayList<>(names);
  }

  /**
   * The nodes at {@code level} that match {@code pattern} themselves or have a matching node
   * below them: the matching paths of at least {@code level + 1} nodes, cut at {@code level}.
   */
  List<PartialPath> nodesAtLevel(PathPattern pattern, int level) {
    List<PartialPath> result = new ArrayList<>();
    PatternWalker walker = new PatternWalker(pattern);
    walker.walk(
        tree.root(),
        new PatternWalker.Visitor() {
          @Override
          public Action inner(InnerNode node, int depth, boolean matched, boolean parentMatched) {
            if (depth < level) {
              return Action.CONTINUE;
            }
            if (matched || walker.matchesAtOrBelow(node)) {
              result.add(walker.path(depth));
            }
            return Action.SKIP_CHILDREN;
          }

          @Override
          public Action measurement(
              MeasurementNode node, int depth, boolean matched, boolean parentMatched) {
            if (depth == level && matched) {
              result.add(walker.path(depth));
            }
            return Action.CONTINUE;
          }
        });
    return result;
  }

  private static String typeOf(InnerNode node) {
    if (node instanceof DatabaseNode) {
      return DATABASE;
    }
    return node.isDevice() ? DEVICE : INTERNAL;
  }
}
