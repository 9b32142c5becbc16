package org.orrery.cli.csv;

import java.util.List;

/**
 * RFC 4180 field quoting: a field is quoted when it contains a comma, a double quote, a line
 * break or leading/trailing blanks, and quotes inside it are doubled. A {@code null} field (no
 * value) is written empty, an empty text as {@code ""}.
 */
public final class CsvFields {
  private CsvFields() {}

  /** One field as it appears in a CSV line. */
  public static String quote(String field) {
    if (field == null) {
      return "";
    }
    if (field.isEmpty()) {
      // quoted, so that an empty text value reads back as "" and not as "no value"
      return "\"\"";
    }
    boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
        || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
        || (!field.isEmpty() && (Character.isWhitespace(field.charAt(0))
            || Character.isWhitespace(field.charAt(field.length() - 1))));
    if (!needsQuotes) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /** The fields joined into one CSV line (without the line break). */
  public static String line(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(fields.get(i)));
    }
    return line.toString();
  }

  /** Same as {@link #line(List)} for an array. */
  public static String line(String[] fields) {
    return line(java.util.Arrays.asList(fields));
  }
}
