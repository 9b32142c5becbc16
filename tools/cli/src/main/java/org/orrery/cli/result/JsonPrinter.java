package org.orrery.cli.result;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.orrery.cli.server.ResultRows;
import org.orrery.common.type.DataType;

/**
 * {@code --format json}: one JSON document per statement. A result is
 * {@code {"columns":[...],"types":[...],"rows":[[...],...]}} with one row per line (so huge
 * results stream), the time column first (named {@code Time}, type {@code TIMESTAMP}); numbers
 * and booleans as JSON values, {@code null} for no value, NaN and infinities as strings (JSON has
 * no literal for them), text, blobs and dates as strings; timestamps as numbers with
 * {@code --time-format epoch}, as ISO strings otherwise. A statement without rows prints
 * {@code {"message":"..."}}.
 */
public final class JsonPrinter implements ResultPrinter {
  private final PrintWriter out;
  private final ValueText text;

  public JsonPrinter(PrintWriter out, ValueText text) {
    this.out = out;
    this.text = text;
  }

  @Override
  public long printRows(ResultRows rows) {
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    if (rows.hasTimeColumn()) {
      names.add("Time");
      types.add(DataType.TIMESTAMP.name());
    }
    names.addAll(rows.columnNames());
    for (DataType type : rows.columnTypes()) {
      types.add(type.name());
    }
    out.print("{\"columns\":");
    out.print(stringArray(names));
    out.print(",\"types\":");
    out.print(stringArray(types));
    out.println(",\"rows\":[");
    long count = 0;
    int columns = rows.columnNames().size();
    while (rows.next()) {
      StringBuilder row = new StringBuilder(count == 0 ? "[" : ",[");
      if (rows.hasTimeColumn()) {
        row.append(text.timeFormat() == TimeFormat.EPOCH
            ? Long.toString(rows.time()) : string(text.time(rows.time())));
        if (columns > 0) {
          row.append(',');
        }
      }
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          row.append(',');
        }
        row.append(value(rows.value(c), rows.columnTypes().get(c)));
      }
      out.println(row.append(']'));
      count++;
    }
    out.println("]}");
    out.flush();
    return count;
  }

  @Override
  public void printMessage(String message) {
    out.println("{\"message\":" + string(message) + "}");
    out.flush();
  }

  @Override
  public void printFooter(long rowCount, long elapsedNanos) {
    // the document is complete without a footer
  }

  private String value(Object value, DataType type) {
    if (value == null) {
      return "null";
    }
    switch (type) {
      case BOOLEAN:
      case INT32:
      case INT64:
        return value.toString();
      case FLOAT:
      case DOUBLE:
        double number = ((Number) value).doubleValue();
        return Double.isNaN(number) || Double.isInfinite(number)
            ? string(value.toString()) : value.toString();
      case TIMESTAMP:
        return text.timeFormat() == TimeFormat.EPOCH ? value.toString() : string(text.value(value, type));
      default:
        return string(text.value(value, type));
    }
  }

  private static String stringArray(List<String> items) {
    StringBuilder array = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        array.append(',');
      }
      array.append(string(items.get(i)));
    }
    return array.append(']').toString();
  }

  /** A JSON string literal (RFC 8259 escapes; other control characters as \\u00XX). */
  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
