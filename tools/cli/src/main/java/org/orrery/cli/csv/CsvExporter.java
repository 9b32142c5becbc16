package org.orrery.cli.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orrery.cli.result.ValueText;
import org.orrery.cli.server.ResultRows;
import org.orrery.cli.server.ServerLink;
import org.orrery.cli.server.StatementFailure;
import org.orrery.cli.server.StatementOutcome;
import org.orrery.common.error.ErrorCode;

/**
 * Writes the rows of a query as an IoTDB-layout CSV file: the header is {@code Time} and the
 * result's column names (so an {@code ALIGN BY DEVICE} query gives {@code Time,Device,s1,...}),
 * optionally with each type in parentheses so that {@code import-csv} restores the exact types.
 * No value is an empty field; an empty text is {@code ""}.
 */
public final class CsvExporter {
  private final ServerLink link;
  private final ValueText text;
  private final boolean withTypes;

  public CsvExporter(ServerLink link, ValueText text, boolean withTypes) {
    this.link = link;
    this.text = text;
    this.withTypes = withTypes;
  }

  /**
   * Runs {@code query} and writes its rows to {@code target}; returns the row count.
   *
   * @throws StatementFailure when the server rejects the query or it produces no rows
   * @throws IOException when the file cannot be written
   */
  public long export(String query, Path target, Progress progress) throws IOException {
    try (StatementOutcome outcome = link.execute(query)) {
      if (!outcome.hasRows()) {
        throw new StatementFailure(ErrorCode.ILLEGAL_ARGUMENT.code(), "not a query, nothing to export: " + query);
      }
      ResultRows rows = outcome.rows();
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      long count = 0;
      try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        out.write(CsvFields.line(header(rows)));
        out.write('\n');
        int columns = rows.columnNames().size();
        List<String> fields = new ArrayList<>(columns + 1);
        while (rows.next()) {
          fields.clear();
          if (rows.hasTimeColumn()) {
            fields.add(text.time(rows.time()));
          }
          for (int c = 0; c < columns; c++) {
            fields.add(text.value(rows.value(c), rows.columnTypes().get(c)));
          }
          out.write(CsvFields.line(fields));
          out.write('\n');
          count++;
          progress.update(count, -1, count);
        }
      }
      progress.finish(count);
      return count;
    }
  }

  private List<String> header(ResultRows rows) {
    List<String> header = new ArrayList<>();
    if (rows.hasTimeColumn()) {
      header.add("Time");
    }
    for (int c = 0; c < rows.columnNames().size(); c++) {
      String name = rows.columnNames().get(c);
      boolean deviceColumn = name.equals("Device");
      header.add(withTypes && !deviceColumn ? name + "(" + rows.columnTypes().get(c) + ")" : name);
    }
    return header;
  }
}
