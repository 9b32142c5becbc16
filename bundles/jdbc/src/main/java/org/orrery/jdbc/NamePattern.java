package org.orrery.jdbc;

import java.util.regex.Pattern;

/**
 * A JDBC metadata name pattern: {@code %} any characters, {@code _} one character, a backslash
 * escapes the next character; {@code null} matches everything. Matching is case-sensitive, as
 * path nodes are.
 */
final class NamePattern {
  private static final NamePattern ANY = new NamePattern(null);

  private final Pattern regex;

  private NamePattern(Pattern regex) {
    this.regex = regex;
  }

  static NamePattern of(String pattern) {
    if (pattern == null) {
      return ANY;
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new NamePattern(Pattern.compile(regex.toString(), Pattern.DOTALL));
  }

  boolean matches(String name) {
    return regex == null || regex.matcher(name).matches();
  }
}
