package org.orrery.engine.query;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Who runs a statement and how: the authenticated user, the session's time zone (for time
 * literals and formatting), and the limits of each query.
 *
 * @param user authenticated user name
 * @param zone time zone of the session
 * @param queryTimeoutMillis timeout of one query, 0 for the server default
 */
public record SessionContext(String user, ZoneId zone, long queryTimeoutMillis) {
  public SessionContext {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(zone, "zone");
  }

  /** A session of {@code user} in the system default zone with default limits. */
  public static SessionContext of(String user) {
    return new SessionContext(user, ZoneId.systemDefault(), 0);
  }
}
