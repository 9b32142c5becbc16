package org.orrery.cli.result;

import java.io.PrintWriter;
import org.orrery.cli.csv.CsvFields;
import org.orrery.cli.server.ResultRows;

/**
 * {@code --format csv}: a header line ({@code Time} first when present) then one RFC 4180 line
 * per row, empty fields for no value. Statements without rows print nothing, so the output is
 * only data.
 */
public final class CsvPrinter implements ResultPrinter {
  private final PrintWriter out;
  private final ValueText text;

  public CsvPrinter(PrintWriter out, ValueText text) {
    this.out = out;
    this.text = text;
  }

  @Override
  public long printRows(ResultRows rows) {
    RowTexts reader = new RowTexts(rows, text);
    out.println(CsvFields.line(reader.header()));
    long count = 0;
    for (String[] cells = reader.next(); cells != null; cells = reader.next()) {
      out.println(CsvFields.line(cells));
      count++;
    }
    out.flush();
    return count;
  }

  @Override
  public void printMessage(String message) {
    // data-only format: a statement without rows contributes no lines
  }

  @Override
  public void printFooter(long rowCount, long elapsedNanos) {
    // data-only format
  }
}
