package org.orrery.cli.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records: fields separated by commas, records by CRLF, LF or CR; a quoted field
 * may contain commas, line breaks and doubled quotes. An unquoted empty field reads as
 * {@code null} (no value) and a quoted empty field as {@code ""}, which keeps the two apart in a
 * round trip with {@link CsvFields}. A leading byte order mark is skipped.
 */
public final class CsvReader implements Closeable {
  private static final int EOF = -1;

  private final Reader reader;
  private int pushedBack = Integer.MIN_VALUE;
  private long line = 1;
  private long recordLine;
  private boolean started;

  public CsvReader(Reader reader) {
    this.reader = reader;
  }

  /** The 1-based line on which the record returned last started. */
  public long recordLine() {
    return recordLine;
  }

  /**
   * The next record, or {@code null} at the end of the input. Blank lines are skipped.
   *
   * @throws CsvFormatException naming the line of a quoted field that never ends
   */
  public List<String> next() throws IOException {
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    while (c == '\n' || c == '\r') {
      c = lineBreak(c);
    }
    if (c == EOF) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    while (true) {
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      if (c == '"') {
        quoted = true;
        c = readQuoted(field);
      }
      while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
        field.append((char) c);
        c = read();
      }
      fields.add(!quoted && field.length() == 0 ? null : field.toString());
      if (c == ',') {
        c = read();
        continue;
      }
      if (c != EOF) {
        pushedBack = lineBreak(c);
      }
      return fields;
    }
  }

  /** Reads a quoted field after its opening quote; returns the character after the closing one. */
  private int readQuoted(StringBuilder field) throws IOException {
    long startLine = line;
    while (true) {
      int c = read();
      if (c == EOF) {
        throw new CsvFormatException("line " + startLine + ": quoted field is never closed");
      }
      if (c == '"') {
        int next = read();
        if (next != '"') {
          return next;
        }
        field.append('"');
      } else {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
          line++;
        }
        field.append((char) c);
      }
    }
  }

  /** Consumes one line break starting with {@code c}; returns the character after it. */
  private int lineBreak(int c) throws IOException {
    line++;
    int next = read();
    if (c == '\r' && next == '\n') {
      next = read();
    }
    return next;
  }

  private int peek() throws IOException {
    int c = read();
    pushedBack = c;
    return c;
  }

  private int read() throws IOException {
    if (pushedBack != Integer.MIN_VALUE) {
      int c = pushedBack;
      pushedBack = Integer.MIN_VALUE;
      return c;
    }
    return reader.read();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
