package org.orrery.rpc.internal;

import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.SessionContext;
import org.orrery.protocol.PageCompression;

/**
 * The state of one connection: who authenticated, in which zone, with which page codec, and its
 * open queries. Written by the connection's worker; read also by the event loop (cancel), so the
 * fields that change are volatile.
 */
final class ClientSession {
  private final OpenQueries queries;
  private volatile SessionContext context;
  private volatile PageCompression compression = PageCompression.NONE;
  private volatile long sessionId;

  ClientSession(int maxOpenQueries) {
    this.queries = new OpenQueries(maxOpenQueries);
  }

  boolean isOpen() {
    return context != null;
  }

  void open(long sessionId, SessionContext context, PageCompression compression) {
    this.sessionId = sessionId;
    this.compression = compression;
    this.context = context;
  }

  /**
   * The authenticated session.
   *
   * @throws OrreryException AUTHENTICATION_FAILED when the handshake has not succeeded
   */
  SessionContext context() {
    SessionContext current = context;
    if (current == null) {
      throw new OrreryException(
          ErrorCode.AUTHENTICATION_FAILED, "not authenticated: the first request must be HANDSHAKE");
    }
    return current;
  }

  PageCompression compression() {
    return compression;
  }

  long sessionId() {
    return sessionId;
  }

  OpenQueries queries() {
    return queries;
  }
}
