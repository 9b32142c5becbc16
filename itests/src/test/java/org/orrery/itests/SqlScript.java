package org.orrery.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orrery.client.ClientException;
import org.orrery.client.RowRecord;
import org.orrery.client.Session;
import org.orrery.client.SessionDataSet;
import org.orrery.client.StatementResult;

/**
 * A conformance script: statements with the result each must give, written by hand from
 * Apache IoTDB 1.3's documented behaviour. The format, one step per paragraph:
 *
 * <pre>
 * # a comment
 * CREATE DATABASE root.sg;          -- a statement that must succeed (several per paragraph)
 *
 * &gt; SELECT s1 FROM root.sg.d1      -- a query; the lines after it are the expected table:
 * Time	root.sg.d1.s1                 -- header (tab-separated; Time only when it has one)
 * 1	1.0                             -- rows: epoch ms, values printed as IoTDB prints them
 *
 * ! 301 SELECT ...                  -- a statement that must fail with that error code
 * </pre>
 */
final class SqlScript {
  private final String name;
  private final List<Step> steps;

  private SqlScript(String name, List<Step> steps) {
    this.name = name;
    this.steps = steps;
  }

  record Step(int line, Kind kind, String sql, int errorCode, List<String> expected) {}

  enum Kind {
    STATEMENTS,
    QUERY,
    ERROR
  }

  static SqlScript load(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Step> steps = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        i++;
        continue;
      }
      int start = i + 1;
      List<String> paragraph = new ArrayList<>();
      while (i < lines.size() && !lines.get(i).isBlank()) {
        if (!lines.get(i).startsWith("#")) {
          paragraph.add(lines.get(i));
        }
        i++;
      }
      String first = paragraph.get(0);
      if (first.startsWith("> ")) {
        steps.add(new Step(start, Kind.QUERY, first.substring(2).trim(), 0,
            List.copyOf(paragraph.subList(1, paragraph.size()))));
      } else if (first.startsWith("! ")) {
        String rest = first.substring(2).trim();
        int space = rest.indexOf(' ');
        steps.add(new Step(start, Kind.ERROR, rest.substring(space + 1).trim(),
            Integer.parseInt(rest.substring(0, space)), List.of()));
      } else {
        steps.add(new Step(start, Kind.STATEMENTS, String.join("\n", paragraph), 0, List.of()));
      }
    }
    return new SqlScript(file.getFileName().toString(), steps);
  }

  /** Runs every step; the first difference fails with the file, line, statement and both tables. */
  void run(Session session) {
    for (Step step : steps) {
      String where = name + ":" + step.line() + " ";
      switch (step.kind()) {
        case STATEMENTS:
          for (String sql : splitStatements(step.sql())) {
            try (StatementResult ignored = session.execute(sql)) {
              // success is all that is asked
            } catch (ClientException e) {
              throw new AssertionError(where + "statement failed: " + sql + "\n  " + e.code().code()
                  + ": " + e.getMessage(), e);
            }
          }
          break;
        case QUERY:
          List<String> actual;
          try {
            actual = table(session, step.sql());
          } catch (ClientException e) {
            throw new AssertionError(where + "query failed: " + step.sql() + "\n  "
                + e.code().code() + ": " + e.getMessage(), e);
          }
          if (!actual.equals(step.expected())) {
            throw new AssertionError(where + step.sql() + "\nexpected:\n  "
                + String.join("\n  ", step.expected()) + "\nactual:\n  " + String.join("\n  ", actual));
          }
          break;
        default:
          try (StatementResult result = session.execute(step.sql())) {
            if (result.hasRows()) {
              table(result.dataSet());
            }
            throw new AssertionError(where + "expected error " + step.errorCode() + " from: "
                + step.sql());
          } catch (ClientException e) {
            if (e.code().code() != step.errorCode()) {
              throw new AssertionError(where + "expected error " + step.errorCode() + " but got "
                  + e.code().code() + ": " + e.getMessage() + "\n  from: " + step.sql(), e);
            }
          }
      }
    }
  }

  private static List<String> splitStatements(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(";\\s*(\\n|$)")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  private static List<String> table(Session session, String sql) {
    try (StatementResult result = session.execute(sql)) {
      if (!result.hasRows()) {
        return List.of("MESSAGE " + result.message());
      }
      return table(result.dataSet());
    }
  }

  private static List<String> table(SessionDataSet data) {
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder(data.hasTimeColumn() ? "Time" : "");
    for (String column : data.columnNames()) {
      if (header.length() > 0) {
        header.append('\t');
      }
      header.append(column);
    }
    lines.add(header.toString());
    while (data.hasNext()) {
      RowRecord row = data.next();
      StringBuilder line = new StringBuilder(data.hasTimeColumn() ? Long.toString(row.time()) : "");
      for (int c = 0; c < row.size(); c++) {
        if (c > 0 || data.hasTimeColumn()) {
          line.append('\t');
        }
        line.append(row.isNull(c) ? "null" : row.getString(c));
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
