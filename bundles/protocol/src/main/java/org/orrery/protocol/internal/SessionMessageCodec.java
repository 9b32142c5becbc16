package org.orrery.protocol.internal;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.error.ErrorCode;
import org.orrery.protocol.PageCompression;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.HandshakeRequest;
import org.orrery.protocol.message.HandshakeResponse;
import org.orrery.protocol.message.OkResponse;

/** Layouts of the session messages: handshake, its answer, OK and ERROR. */
final class SessionMessageCodec {
  private SessionMessageCodec() {}

  static void writeHandshake(PayloadWriter out, HandshakeRequest m) {
    out.u8(m.minVersion());
    out.u8(m.maxVersion());
    out.string(m.clientVersion());
    out.string(m.user());
    out.string(m.password());
    out.string(m.zoneId());
    out.u8(m.compressions().size());
    for (PageCompression compression : m.compressions()) {
      out.u8(compression.id());
    }
  }

  static HandshakeRequest readHandshake(PayloadReader in) {
    int minVersion = in.u8("min version");
    int maxVersion = in.u8("max version");
    String clientVersion = in.string("client version");
    String user = in.string("user");
    String password = in.string("password");
    String zone = in.string("time zone");
    int count = in.u8("compression count");
    List<PageCompression> compressions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      compressions.add(PageCompression.fromId(in.u8("compression id")));
    }
    return new HandshakeRequest(minVersion, maxVersion, clientVersion, user, password, zone, compressions);
  }

  static void writeHandshakeResponse(PayloadWriter out, HandshakeResponse m) {
    out.u8(m.version());
    out.string(m.serverVersion());
    out.i64(m.sessionId());
    out.u8(m.compression().id());
    out.i32(m.maxFrameSize());
  }

  static HandshakeResponse readHandshakeResponse(PayloadReader in) {
    int version = in.u8("version");
    String serverVersion = in.string("server version");
    long sessionId = in.i64("session id");
    PageCompression compression = PageCompression.fromId(in.u8("compression id"));
    int maxFrameSize = in.i32("max frame size");
    return new HandshakeResponse(version, serverVersion, sessionId, compression, maxFrameSize);
  }

  static void writeOk(PayloadWriter out, OkResponse m) {
    out.string(m.message());
  }

  static OkResponse readOk(PayloadReader in) {
    return new OkResponse(in.string("message"));
  }

  static void writeError(PayloadWriter out, ErrorResponse m) {
    out.i32(m.code().code());
    out.string(m.message());
  }

  static ErrorResponse readError(PayloadReader in) {
    // an unknown number (from a newer server) maps to INTERNAL_ERROR, the message stays intact
    ErrorCode code = ErrorCode.fromCode(in.i32("error code"));
    return new ErrorResponse(code, in.string("error message"));
  }
}
