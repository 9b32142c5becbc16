package org.orrery.protocol.message;

import org.orrery.protocol.MessageType;

/** Checks that the session is alive; answered with OK. */
public record PingRequest() implements Message {
  @Override
  public MessageType type() {
    return MessageType.PING;
  }
}
