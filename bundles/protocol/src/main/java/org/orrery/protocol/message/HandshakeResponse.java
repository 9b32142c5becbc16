package org.orrery.protocol.message;

import java.util.Objects;
import org.orrery.protocol.MessageType;
import org.orrery.protocol.PageCompression;

/**
 * The session is open.
 *
 * @param version the negotiated protocol version, used by every later frame
 * @param compression the codec of the result pages this session receives
 * @param maxFrameSize the largest payload the server accepts
 */
public record HandshakeResponse(
    int version, String serverVersion, long sessionId, PageCompression compression, int maxFrameSize)
    implements Message {

  public HandshakeResponse {
    Objects.requireNonNull(serverVersion, "serverVersion");
    Objects.requireNonNull(compression, "compression");
  }

  @Override
  public MessageType type() {
    return MessageType.HANDSHAKE_OK;
  }
}
