package org.orrery.protocol;

import java.util.Objects;
import org.orrery.protocol.message.Message;

/** A decoded frame: the request id it belongs to and its message. */
public record Frame(int requestId, Message message) {
  public Frame {
    Objects.requireNonNull(message, "message");
  }
}
