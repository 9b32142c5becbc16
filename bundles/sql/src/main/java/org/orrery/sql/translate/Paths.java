package org.orrery.sql.translate;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.path.IllegalPathException;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.parser.OrrerySqlParser.NodeNamePartContext;
import org.orrery.sql.parser.OrrerySqlParser.PathContext;
import org.orrery.sql.parser.OrrerySqlParser.PathNodeContext;

/** Paths starting at root, with the node rules of the tree model checked where they are written. */
final class Paths {
  private Paths() {}

  /** A path that may contain wildcards and name patterns, e.g. {@code root.sg.**} or {@code d*}. */
  static PartialPath pattern(PathContext context) {
    List<String> nodes = new ArrayList<>();
    nodes.add(PartialPath.ROOT);
    for (PathNodeContext node : context.pathNode()) {
      nodes.add(node(node, true));
    }
    try {
      return PartialPath.of(nodes);
    } catch (IllegalPathException e) {
      throw Errors.at(context, e.getMessage());
    }
  }

  /** Several patterns, e.g. the targets of DELETE TIMESERIES. */
  static List<PartialPath> patterns(List<PathContext> contexts) {
    List<PartialPath> paths = new ArrayList<>();
    for (PathContext context : contexts) {
      paths.add(pattern(context));
    }
    return paths;
  }

  /**
   * A path that names exactly one database, device or series.
   *
   * @param what what the path is for, e.g. "a time series"
   */
  static PartialPath concrete(PathContext context, String what) {
    PartialPath path = pattern(context);
    if (path.hasWildcard()) {
      throw Errors.at(
          context, "expected " + what + " path without wildcards but got '" + path + "'");
    }
    if (path.length() < 2) {
      throw Errors.at(context, "expected " + what + " path below root but got 'root'");
    }
    return path;
  }

  /** One node that names a measurement: no wildcards. */
  static String measurement(PathNodeContext context) {
    return node(context, false);
  }

  /**
   * The name of one node: a single name, {@code *}, {@code **}, or a name pattern made of names
   * and single stars such as {@code d*}.
   */
  static String node(PathNodeContext context, boolean wildcardsAllowed) {
    List<NodeNamePartContext> parts = context.nodeNamePart();
    if (context.STAR().isEmpty() && context.DOUBLE_STAR() == null) {
      NodeNamePartContext part = parts.get(0);
      if (part.INTEGER() != null) {
        throw Errors.at(part, "node name '" + part.getText()
            + "' is a number; quote it with backquotes: `" + part.getText() + "`");
      }
      if (part.identifier() == null) {
        return part.getText();
      }
      String name = Names.identifier(part.identifier());
      if (Names.isQuoted(part.identifier()) && name.indexOf('*') >= 0) {
        throw Errors.at(context, "quoted node name `" + name + "` contains '*', which is reserved"
            + " for wildcards");
      }
      return name;
    }
    for (NodeNamePartContext part : parts) {
      if (part.identifier() != null && Names.isQuoted(part.identifier())) {
        throw Errors.at(part, "a quoted name cannot be part of the name pattern '"
            + context.getText() + "'");
      }
    }
    String node = context.getText();
    if (!wildcardsAllowed) {
      throw Errors.at(context, "expected a measurement name but got the wildcard '" + node + "'");
    }
    return node;
  }
}
