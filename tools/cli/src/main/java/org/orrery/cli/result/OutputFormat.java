package org.orrery.cli.result;

import java.io.PrintWriter;
import java.util.Locale;

/** The {@code --format} choices. */
public enum OutputFormat {
  TABLE,
  CSV,
  TSV,
  JSON;

  /**
   * The format named on the command line, case-insensitive.
   *
   * @throws IllegalArgumentException naming the text when no format has that name
   */
  public static OutputFormat fromName(String name) {
    for (OutputFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown output format '" + name + "' (expected table, csv, tsv or json)");
  }

  /** A printer of this format writing to {@code out}; tables page through {@code gate}. */
  public ResultPrinter printer(PrintWriter out, ValueText text, int pageRows, PageGate gate) {
    switch (this) {
      case CSV:
        return new CsvPrinter(out, text);
      case TSV:
        return new TsvPrinter(out, text);
      case JSON:
        return new JsonPrinter(out, text);
      default:
        return new TablePrinter(out, text, pageRows, gate);
    }
  }

  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
