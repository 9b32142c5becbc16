package org.orrery.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A prepared statement's text cut at its {@code ?} placeholders. A {@code ?} inside a string,
 * a backquoted name or a comment is text, not a placeholder (the lexical rules of the server's
 * grammar: quotes escape by doubling, comments are {@code --} and {@code /* *}{@code /}).
 */
final class PlaceholderSql {
  private final String sql;
  private final List<String> fragments;

  private PlaceholderSql(String sql, List<String> fragments) {
    this.sql = sql;
    this.fragments = List.copyOf(fragments);
  }

  static PlaceholderSql parse(String sql) {
    List<String> fragments = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(sql, i, c);
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '?') {
        fragments.add(sql.substring(start, i));
        start = ++i;
      } else {
        i++;
      }
    }
    fragments.add(sql.substring(start));
    return new PlaceholderSql(sql, fragments);
  }

  private static int skipQuoted(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  int parameterCount() {
    return fragments.size() - 1;
  }

  String text() {
    return sql;
  }

  /**
   * The statement with each placeholder replaced by its literal.
   *
   * @throws SQLException (07001) naming the first parameter that has no value
   */
  String render(String[] literals) throws SQLException {
    StringBuilder out = new StringBuilder(sql.length() + 16 * literals.length);
    out.append(fragments.get(0));
    for (int p = 0; p < literals.length; p++) {
      if (literals[p] == null) {
        throw new SQLException("parameter " + (p + 1) + " has no value", "07001");
      }
      out.append(literals[p]).append(fragments.get(p + 1));
    }
    return out.toString();
  }
}
