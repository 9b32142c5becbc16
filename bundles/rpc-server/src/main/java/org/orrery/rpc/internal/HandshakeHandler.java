package org.orrery.rpc.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.SessionContext;
import org.orrery.protocol.PageCompression;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.HandshakeRequest;
import org.orrery.protocol.message.HandshakeResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a session: negotiates the version, checks the zone, authenticates through the
 * UserService and picks the page codec. Any failure closes the connection, so a client cannot
 * probe passwords without reconnecting.
 */
final class HandshakeHandler {
  private static final Logger LOG = LoggerFactory.getLogger(HandshakeHandler.class);

  private final ServerContext server;

  HandshakeHandler(ServerContext server) {
    this.server = server;
  }

  Reply handle(ClientSession session, HandshakeRequest request, String peer) {
    if (session.isOpen()) {
      return Reply.closing(new ErrorResponse(ErrorCode.PROTOCOL_ERROR, "session is already open"));
    }
    int version = Math.min(request.maxVersion(), Protocol.MAX_VERSION);
    if (version < Math.max(request.minVersion(), Protocol.MIN_VERSION)) {
      return Reply.closing(new ErrorResponse(
          ErrorCode.UNSUPPORTED_VERSION,
          "client speaks protocol versions " + request.minVersion() + ".." + request.maxVersion()
              + ", server speaks " + Protocol.MIN_VERSION + ".." + Protocol.MAX_VERSION));
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(request.zoneId());
    } catch (DateTimeException e) {
      return Reply.closing(new ErrorResponse(ErrorCode.ILLEGAL_ARGUMENT, "unknown time zone '" + request.zoneId() + "'"));
    }
    try {
      server.users().authenticate(request.user(), request.password());
    } catch (OrreryException e) {
      LOG.info("authentication failed for user '{}' from {}", request.user(), peer);
      return Reply.closing(new ErrorResponse(e.code(), e.getMessage()));
    }
    PageCompression compression = PageCompression.NONE;
    for (PageCompression accepted : request.compressions()) {
      if (accepted.isAvailable()) {
        compression = accepted;
        break;
      }
    }
    long sessionId = server.nextSessionId();
    session.open(sessionId, new SessionContext(request.user(), zone, 0), compression);
    LOG.debug("session {} opened for '{}' from {} ({})", sessionId, request.user(), peer, request.clientVersion());
    return Reply.of(new HandshakeResponse(
        version, server.serverVersion(), sessionId, compression, server.config().maxFrameSize()));
  }
}
