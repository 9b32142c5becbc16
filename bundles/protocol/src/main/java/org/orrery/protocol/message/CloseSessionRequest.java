package org.orrery.protocol.message;

import org.orrery.protocol.MessageType;

/** Ends the session: the server closes open queries, answers OK and closes the connection. */
public record CloseSessionRequest() implements Message {
  @Override
  public MessageType type() {
    return MessageType.CLOSE_SESSION;
  }
}
