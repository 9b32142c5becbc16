package org.orrery.cli.result;

import java.io.PrintWriter;
import java.util.List;
import org.orrery.cli.server.ResultRows;

/**
 * {@code --format tsv}: a header line then one line per row, cells separated by a tab and
 * {@code null} for no value. A tab, line break or backslash inside a value is written as
 * {@code \t}, {@code \n}, {@code \r} or {@code \\}, so every row stays on one line. Statements
 * without rows print nothing.
 */
public final class TsvPrinter implements ResultPrinter {
  private final PrintWriter out;
  private final ValueText text;

  public TsvPrinter(PrintWriter out, ValueText text) {
    this.out = out;
    this.text = text;
  }

  @Override
  public long printRows(ResultRows rows) {
    RowTexts reader = new RowTexts(rows, text);
    List<String> header = reader.header();
    out.println(join(header.toArray(new String[0])));
    long count = 0;
    for (String[] cells = reader.next(); cells != null; cells = reader.next()) {
      out.println(join(cells));
      count++;
    }
    out.flush();
    return count;
  }

  @Override
  public void printMessage(String message) {
    // data-only format
  }

  @Override
  public void printFooter(long rowCount, long elapsedNanos) {
    // data-only format
  }

  private static String join(String[] cells) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append('\t');
      }
      line.append(cells[c] == null ? "null" : escape(cells[c]));
    }
    return line.toString();
  }

  static String escape(String cell) {
    StringBuilder out = null;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      String replacement = c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\\' ? "\\\\" : null;
      if (replacement != null && out == null) {
        out = new StringBuilder(cell.length() + 8).append(cell, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? cell : out.toString();
  }
}
