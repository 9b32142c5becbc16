package org.orrery.common.path;

/**
 * Rules for the name of one node of a path.
 *
 * <p>Unquoted names consist of ASCII letters, digits, {@code _} and CJK characters
 * (U+2E80..U+9FFF) and must not be made of digits only. Anything else must be written in
 * backquotes, where a backquote is doubled. {@code *} never belongs to a stored name: a node
 * that contains it is a wildcard ({@code *}, {@code **}) or a name pattern such as {@code d*}.
 */
public final class NodeName {
  /** Matches exactly one level, or any run of characters inside a name pattern. */
  public static final String ONE_LEVEL_WILDCARD = "*";

  /** Matches one or more whole levels. */
  public static final String MULTI_LEVEL_WILDCARD = "**";

  private NodeName() {}

  /** True for a character allowed in an unquoted node name. */
  public static boolean isNameChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || (c >= 0x2E80 && c <= 0x9FFF);
  }

  /** True when the node is a wildcard or a name pattern, i.e. contains {@code *}. */
  public static boolean isWildcard(String node) {
    return node.indexOf('*') >= 0;
  }

  /** True when the name can be written without backquotes. */
  public static boolean isPlain(String name) {
    if (name.isEmpty()) {
      return false;
    }
    boolean allDigits = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isNameChar(c)) {
        return false;
      }
      allDigits &= c >= '0' && c <= '9';
    }
    return !allDigits;
  }

  /** The node as it is written in a path: plain names and wildcards as is, others backquoted. */
  public static String format(String node) {
    if (isWildcard(node) || isPlain(node)) {
      return node;
    }
    return '`' + node.replace("`", "``") + '`';
  }

  /**
   * Checks a node that contains {@code *}: either {@code **} alone, or name characters mixed
   * with single stars such as {@code *}, {@code d*} or {@code *_temp}.
   *
   * @return null when valid, else the problem
   */
  static String wildcardProblem(String node) {
    if (node.equals(MULTI_LEVEL_WILDCARD)) {
      return null;
    }
    if (node.contains(MULTI_LEVEL_WILDCARD)) {
      return "'**' must be a whole node, not part of '" + node + "'";
    }
    for (int i = 0; i < node.length(); i++) {
      char c = node.charAt(i);
      if (c != '*' && !isNameChar(c)) {
        return "illegal character '" + c + "' in node pattern '" + node + "'";
      }
    }
    return null;
  }

  /**
   * Whether a node name matches a glob node pattern such as {@code s*} or {@code *temp*}, where
   * {@code *} stands for any run of characters. Greedy with one backtrack point,
   * which is enough because a later star can absorb whatever an earlier one did not.
   */
  public static boolean globMatches(String glob, String name) {
    int g = 0;
    int n = 0;
    int star = -1;
    int resume = 0;
    while (n < name.length()) {
      if (g < glob.length() && glob.charAt(g) == '*') {
        star = g++;
        resume = n;
      } else if (g < glob.length() && glob.charAt(g) == name.charAt(n)) {
        g++;
        n++;
      } else if (star >= 0) {
        g = star + 1;
        n = ++resume;
      } else {
        return false;
      }
    }
    while (g < glob.length() && glob.charAt(g) == '*') {
      g++;
    }
    return g == glob.length();
  }
}
