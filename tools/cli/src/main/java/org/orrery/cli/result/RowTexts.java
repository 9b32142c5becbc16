package org.orrery.cli.result;

import java.util.ArrayList;
import java.util.List;
import org.orrery.cli.server.ResultRows;

/** Reads rows as text cells (time first when present), the form all printers consume. */
final class RowTexts {
  private final ResultRows rows;
  private final ValueText text;
  private final int valueColumns;

  RowTexts(ResultRows rows, ValueText text) {
    this.rows = rows;
    this.text = text;
    this.valueColumns = rows.columnNames().size();
  }

  /** The header cells: {@code Time} (when present) and the value column names. */
  List<String> header() {
    List<String> header = new ArrayList<>(valueColumns + 1);
    if (rows.hasTimeColumn()) {
      header.add("Time");
    }
    header.addAll(rows.columnNames());
    return header;
  }

  /** The cells of the next row ({@code null} for no value), or {@code null} after the last. */
  String[] next() {
    if (!rows.next()) {
      return null;
    }
    int offset = rows.hasTimeColumn() ? 1 : 0;
    String[] cells = new String[valueColumns + offset];
    if (offset == 1) {
      cells[0] = text.time(rows.time());
    }
    for (int c = 0; c < valueColumns; c++) {
      cells[c + offset] = text.value(rows.value(c), rows.columnTypes().get(c));
    }
    return cells;
  }
}
