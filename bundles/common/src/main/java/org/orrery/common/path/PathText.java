package org.orrery.common.path;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the written form of a path into raw node names: nodes are separated by {@code .}, a node
 * in backquotes may contain any character but {@code *} (a doubled backquote stands for one).
 */
final class PathText {
  private PathText() {}

  static List<String> split(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalPathException(String.valueOf(text), "a path needs at least one node");
    }
    List<String> nodes = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (true) {
      if (i >= n) {
        throw new IllegalPathException(text, "empty node at level " + nodes.size());
      }
      if (text.charAt(i) == '`') {
        i = readQuoted(text, i, nodes);
      } else {
        int end = text.indexOf('.', i);
        if (end < 0) {
          end = n;
        }
        nodes.add(checkUnquoted(text, text.substring(i, end), nodes.size()));
        i = end;
      }
      if (i == n) {
        return nodes;
      }
      if (text.charAt(i) != '.') {
        throw new IllegalPathException(
            text, "expected '.' after node " + nodes.size() + " but found '" + text.charAt(i) + "'");
      }
      i++;
    }
  }

  /** Reads a backquoted node starting at {@code start}; returns the index after the closing quote. */
  private static int readQuoted(String text, int start, List<String> nodes) {
    StringBuilder name = new StringBuilder();
    int i = start + 1;
    while (true) {
      if (i >= text.length()) {
        throw new IllegalPathException(text, "unterminated backquote at offset " + start);
      }
      char c = text.charAt(i);
      if (c == '`') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '`') {
          name.append('`');
          i += 2;
          continue;
        }
        break;
      }
      name.append(c);
      i++;
    }
    nodes.add(checkQuoted(text, name.toString(), nodes.size()));
    return i + 1;
  }

  static String checkQuoted(String path, String name, int level) {
    if (name.isEmpty()) {
      throw new IllegalPathException(path, "empty quoted node at level " + level);
    }
    if (name.indexOf('*') >= 0) {
      throw new IllegalPathException(
          path, "node `" + name + "` contains '*', which is reserved for wildcards");
    }
    return name;
  }

  static String checkUnquoted(String path, String node, int level) {
    if (node.isEmpty()) {
      throw new IllegalPathException(path, "empty node at level " + level);
    }
    if (NodeName.isWildcard(node)) {
      String problem = NodeName.wildcardProblem(node);
      if (problem != null) {
        throw new IllegalPathException(path, problem);
      }
      return node;
    }
    for (int i = 0; i < node.length(); i++) {
      char c = node.charAt(i);
      if (!NodeName.isNameChar(c)) {
        throw new IllegalPathException(
            path, "illegal character '" + c + "' in node '" + node + "'; quote it with backquotes");
      }
    }
    if (!NodeName.isPlain(node)) {
      throw new IllegalPathException(
          path, "node '" + node + "' is a number; quote it with backquotes");
    }
    if (level == 0 && node.equalsIgnoreCase(PartialPath.ROOT)) {
      return PartialPath.ROOT;
    }
    return node;
  }
}
