package org.orrery.protocol.message;

import org.orrery.protocol.MessageType;

/** Asks for the next page of an open query; answered by RESULT_PAGE. */
public record FetchRequest(long queryId, int fetchSize) implements Message {
  @Override
  public MessageType type() {
    return MessageType.FETCH;
  }
}
