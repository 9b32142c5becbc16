package org.orrery.cli.server;

import java.util.Objects;

/** What one statement produced: rows to print, or the server's message for a non-query. */
public final class StatementOutcome implements AutoCloseable {
  private final ResultRows rows;
  private final String message;

  private StatementOutcome(ResultRows rows, String message) {
    this.rows = rows;
    this.message = message;
  }

  public static StatementOutcome ofRows(ResultRows rows) {
    return new StatementOutcome(Objects.requireNonNull(rows, "rows"), null);
  }

  public static StatementOutcome ofMessage(String message) {
    return new StatementOutcome(null, message == null ? "" : message);
  }

  public boolean hasRows() {
    return rows != null;
  }

  /** The rows; only when {@link #hasRows()}. */
  public ResultRows rows() {
    if (rows == null) {
      throw new IllegalStateException("the statement produced no rows");
    }
    return rows;
  }

  /** The server's message for a statement without rows. */
  public String message() {
    return message;
  }

  @Override
  public void close() {
    if (rows != null) {
      rows.close();
    }
  }
}
