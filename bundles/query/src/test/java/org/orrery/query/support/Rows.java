package org.orrery.query.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orrery.common.block.Block;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.block.Values;

/** Reads a whole result as text rows: time first (when present), {@code null} for no value. */
public final class Rows {
  private Rows() {}

  public static List<String> headers(ExecutionResult result) {
    List<String> out = new ArrayList<>();
    if (result.hasTimeColumn()) {
      out.add("Time");
    }
    for (ResultColumn column : result.columns()) {
      out.add(column.name());
    }
    return out;
  }

  /** Every row as {@code "v1|v2|..."}, read in pages of 3 rows to exercise paging. */
  public static List<String> all(ExecutionResult result) {
    List<String> rows = new ArrayList<>();
    try (result) {
      Optional<Block> page;
      while ((page = result.nextPage(3)).isPresent()) {
        Block block = page.get();
        for (int r = 0; r < block.rowCount(); r++) {
          StringBuilder row = new StringBuilder();
          if (result.hasTimeColumn()) {
            row.append(block.time(r));
          }
          for (int c = 0; c < block.columnCount(); c++) {
            if (c > 0 || result.hasTimeColumn()) {
              row.append('|');
            }
            String text = Values.text(block.column(c), r);
            row.append(text == null ? "null" : text);
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }
}
