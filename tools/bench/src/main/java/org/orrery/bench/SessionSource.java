package org.orrery.bench;

import org.orrery.client.Session;

/** Opens logged-in client sessions with the benchmark's connection options. */
final class SessionSource {
  private final BenchOptions options;

  SessionSource(BenchOptions options) {
    this.options = options;
  }

  Session open() {
    Session session = Session.builder()
        .host(options.host).port(options.port).user(options.user).password(options.password)
        .fetchSize(options.fetchSize).readAheadPages(options.readAhead)
        .pagesPerFetch(options.pagesPerFetch).build();
    session.open();
    return session;
  }
}
