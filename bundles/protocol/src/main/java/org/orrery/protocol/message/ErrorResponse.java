package org.orrery.protocol.message;

import java.util.Objects;
import org.orrery.common.error.ErrorCode;
import org.orrery.protocol.MessageType;

/** A failed request: the error code number and a message for the user (never a stack trace). */
public record ErrorResponse(ErrorCode code, String message) implements Message {
  public ErrorResponse {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public MessageType type() {
    return MessageType.ERROR;
  }
}
