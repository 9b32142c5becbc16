package org.orrery.protocol.message;

import java.util.List;
import java.util.Objects;
import org.orrery.protocol.MessageType;
import org.orrery.protocol.PageCompression;

/**
 * Opens a session: the first message on a connection. The server picks the highest protocol
 * version in {@code minVersion..maxVersion} that it speaks, authenticates the user and picks the
 * first codec of {@code compressions} it supports (NONE when none is).
 *
 * @param zoneId the session's time zone as {@link java.time.ZoneId} text, e.g. {@code +08:00}
 * @param compressions page codecs the client accepts, in order of preference
 */
public record HandshakeRequest(
    int minVersion,
    int maxVersion,
    String clientVersion,
    String user,
    String password,
    String zoneId,
    List<PageCompression> compressions)
    implements Message {

  public HandshakeRequest {
    Objects.requireNonNull(clientVersion, "clientVersion");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(zoneId, "zoneId");
    compressions = List.copyOf(compressions);
  }

  @Override
  public MessageType type() {
    return MessageType.HANDSHAKE;
  }

  /** Hides the password so that logging a request never leaks it. */
  @Override
  public String toString() {
    return "HandshakeRequest[versions=" + minVersion + ".." + maxVersion + ", client=" + clientVersion
        + ", user=" + user + ", zone=" + zoneId + ", compressions=" + compressions + "]";
  }
}
