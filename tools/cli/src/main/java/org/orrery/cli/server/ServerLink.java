package org.orrery.cli.server;

/**
 * The CLI's view of a server connection. The production implementation wraps the Java client's
 * {@code Session}; tests substitute an in-memory one.
 */
public interface ServerLink extends AutoCloseable {

  /**
   * Runs one statement.
   *
   * @throws StatementFailure when the server rejects it or the connection breaks
   */
  StatementOutcome execute(String sql);

  /**
   * Inserts the rows of one device.
   *
   * @throws StatementFailure when the server rejects them
   */
  void insert(DeviceBatch batch);

  @Override
  void close();
}
