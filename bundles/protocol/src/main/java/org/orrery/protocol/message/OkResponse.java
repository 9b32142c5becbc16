package org.orrery.protocol.message;

import java.util.Objects;
import org.orrery.protocol.MessageType;

/** Success without rows, with a short message such as {@code OK}. */
public record OkResponse(String message) implements Message {
  public OkResponse {
    Objects.requireNonNull(message, "message");
  }

  @Override
  public MessageType type() {
    return MessageType.OK;
  }
}
