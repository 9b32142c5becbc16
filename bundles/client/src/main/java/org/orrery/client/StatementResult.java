package org.orrery.client;

/** What a statement returned: rows ({@link #dataSet()}) or a message such as {@code OK}. */
public final class StatementResult implements AutoCloseable {
  private final SessionDataSet dataSet;
  private final String message;

  StatementResult(SessionDataSet dataSet, String message) {
    this.dataSet = dataSet;
    this.message = message;
  }

  public boolean hasRows() {
    return dataSet != null;
  }

  /**
   * The rows.
   *
   * @throws IllegalStateException when the statement returned no rows
   */
  public SessionDataSet dataSet() {
    if (dataSet == null) {
      throw new IllegalStateException("the statement returned no rows: " + message);
    }
    return dataSet;
  }

  /** The server's message for statements without rows (e.g. {@code OK}); empty for queries. */
  public String message() {
    return message;
  }

  @Override
  public void close() {
    if (dataSet != null) {
      dataSet.close();
    }
  }
}
