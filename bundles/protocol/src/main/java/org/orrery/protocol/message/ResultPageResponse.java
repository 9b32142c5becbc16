package org.orrery.protocol.message;

import java.util.Objects;
import org.orrery.protocol.MessageType;

/** The answer to FETCH: the next page of query {@code queryId}. */
public record ResultPageResponse(long queryId, ResultPage page) implements Message {
  public ResultPageResponse {
    Objects.requireNonNull(page, "page");
  }

  @Override
  public MessageType type() {
    return MessageType.RESULT_PAGE;
  }
}
