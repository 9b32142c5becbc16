package org.orrery.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orrery.common.block.Block;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.ResultColumn;

/**
 * Renders the outcome of a statement as {@code orrery:sql} prints it, in the layout of IoTDB's
 * CLI: a table with {@code +---+} borders and cells right-aligned to the widest cell of their
 * column, the {@code Time} column first when the result has one, then
 * {@code Total line number = N}. A statement without rows prints IoTDB's success message, an
 * error prints {@code <code>: <message>}.
 *
 * <p>A console session holds the whole table in memory to size its columns, so at most
 * {@code maxRows} rows are read; a longer result is closed (which stops the query) and the text
 * says how many rows were left out of view.
 */
final class ResultTable {
  static final String SUCCESS = "Msg: The statement is executed successfully.";
  /** Rows read from the engine per page. */
  private static final int PAGE_ROWS = 1024;

  private ResultTable() {}

  /** The whole output for {@code result}; the caller closes it. */
  static String render(ExecutionResult result, CellText text, int maxRows) {
    if (!result.hasRows()) {
      String message = result.message();
      return (message == null || message.isEmpty() || message.equals("OK") ? SUCCESS : "Msg: " + message)
          + "\n";
    }
    List<String> header = new ArrayList<>();
    if (result.hasTimeColumn()) {
      header.add("Time");
    }
    for (ResultColumn column : result.columns()) {
      header.add(column.name());
    }
    List<String[]> rows = new ArrayList<>();
    boolean more = false;
    Optional<Block> page;
    while (!more && (page = result.nextPage(Math.min(PAGE_ROWS, maxRows - rows.size() + 1))).isPresent()) {
      Block block = page.get();
      for (int r = 0; r < block.rowCount(); r++) {
        if (rows.size() == maxRows) {
          more = true;
          break;
        }
        rows.add(cells(block, r, result.hasTimeColumn(), header.size(), text));
      }
    }
    StringBuilder out = new StringBuilder();
    table(out, header, rows);
    out.append("Total line number = ").append(rows.size()).append('\n');
    if (more) {
      out.append("Only the first ").append(maxRows)
          .append(" rows are shown; more rows followed (raise --max-rows to see them)\n");
    }
    return out.toString();
  }

  /** An error as {@code <code>: <message>}, with the numeric code as IoTDB's CLI shows it. */
  static String error(OrreryException e) {
    return e.userMessage() + "\n";
  }

  private static String[] cells(Block block, int row, boolean withTime, int width, CellText text) {
    String[] cells = new String[width];
    int c = 0;
    if (withTime) {
      cells[c++] = text.time(block.time(row));
    }
    for (int column = 0; column < block.columnCount(); column++) {
      cells[c++] = visible(text.value(block.column(column), row));
    }
    return cells;
  }

  private static void table(StringBuilder out, List<String> header, List<String[]> rows) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(header.get(c));
    }
    for (String[] cells : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], width(cells[c]));
      }
    }
    String border = border(widths);
    out.append(border);
    line(out, header.toArray(new String[0]), widths);
    out.append(border);
    for (String[] cells : rows) {
      line(out, cells, widths);
    }
    out.append(border);
  }

  private static String border(int[] widths) {
    StringBuilder line = new StringBuilder("+");
    for (int width : widths) {
      line.append("-".repeat(width)).append('+');
    }
    return line.append('\n').toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int c = 0; c < widths.length; c++) {
      out.append(" ".repeat(widths[c] - width(cells[c]))).append(cells[c]).append('|');
    }
    out.append('\n');
  }

  /** Line breaks and tabs shown as escapes, so that a text value keeps one line per row. */
  private static String visible(String cell) {
    if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\t') < 0) {
      return cell;
    }
    return cell.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }

  /** Printed width: one column per code point. */
  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
