package org.orrery.cli.server;

import java.time.ZoneId;

/** Opens a connection to the server; tests substitute one that returns an in-memory link. */
@FunctionalInterface
public interface LinkFactory {

  /**
   * Connects and logs in.
   *
   * @throws StatementFailure when the server cannot be reached or refuses the login
   */
  ServerLink open(String host, int port, String user, String password, ZoneId zone);
}
