package org.orrery.cli.result;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orrery.cli.server.ResultRows;

/**
 * IoTDB's CLI table: {@code +---+} borders, cells right-aligned and padded to the widest cell of
 * their column, {@code null} for no value, then {@code Total line number = N} and
 * {@code It costs X.XXXs}. Rows are printed in pages of at most {@code pageRows} rows; each page
 * is a complete table sized to its own cells, so a huge result never has to be held in memory, and
 * the {@link PageGate} decides between pages whether to go on.
 */
public final class TablePrinter implements ResultPrinter {
  private static final String NULL_TEXT = "null";

  private final PrintWriter out;
  private final ValueText text;
  private final int pageRows;
  private final PageGate gate;

  public TablePrinter(PrintWriter out, ValueText text, int pageRows, PageGate gate) {
    if (pageRows < 1) {
      throw new IllegalArgumentException("page size must be at least 1 row, got " + pageRows);
    }
    this.out = out;
    this.text = text;
    this.pageRows = pageRows;
    this.gate = gate;
  }

  @Override
  public long printRows(ResultRows rows) {
    RowTexts reader = new RowTexts(rows, text);
    List<String> header = reader.header();
    long printed = 0;
    // One row of look-ahead, so that the gate is only consulted when more rows really follow.
    String[] pending = reader.next();
    while (true) {
      List<String[]> page = new ArrayList<>(Math.min(pageRows, 1024));
      while (pending != null && page.size() < pageRows) {
        page.add(visible(pending));
        pending = reader.next();
      }
      printPage(header, page);
      printed += page.size();
      out.flush();
      if (pending == null) {
        return printed;
      }
      if (!gate.continueAfter(printed)) {
        rows.cancel();
        return printed;
      }
    }
  }

  @Override
  public void printMessage(String message) {
    out.println("Msg: " + (message.isEmpty() || message.equals("OK")
        ? "The statement is executed successfully." : message));
    out.flush();
  }

  @Override
  public void printFooter(long rowCount, long elapsedNanos) {
    out.println("Total line number = " + rowCount);
    out.println(String.format(Locale.ROOT, "It costs %.3fs", elapsedNanos / 1e9));
    out.flush();
  }

  private void printPage(List<String> header, List<String[]> page) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(header.get(c));
    }
    for (String[] cells : page) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], width(cells[c] == null ? NULL_TEXT : cells[c]));
      }
    }
    String border = border(widths);
    out.println(border);
    out.println(line(header.toArray(new String[0]), widths));
    out.println(border);
    for (String[] cells : page) {
      out.println(line(cells, widths));
    }
    out.println(border);
  }

  private static String border(int[] widths) {
    StringBuilder line = new StringBuilder("+");
    for (int width : widths) {
      line.append("-".repeat(width)).append('+');
    }
    return line.toString();
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder("|");
    for (int c = 0; c < widths.length; c++) {
      String cell = cells[c] == null ? NULL_TEXT : cells[c];
      line.append(" ".repeat(widths[c] - width(cell))).append(cell).append('|');
    }
    return line.toString();
  }

  /**
   * The cells with line breaks and tabs shown as escapes, so that a text value never breaks the
   * table's one-line-per-row layout.
   */
  private static String[] visible(String[] cells) {
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c];
      if (cell != null && (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0 || cell.indexOf('\t') >= 0)) {
        cells[c] = cell.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
      }
    }
    return cells;
  }

  /** Printed width: one column per code point (line breaks are escaped by then). */
  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
