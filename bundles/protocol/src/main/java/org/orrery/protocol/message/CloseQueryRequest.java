package org.orrery.protocol.message;

import org.orrery.protocol.MessageType;

/** Releases an open query before its last page; answered by OK. */
public record CloseQueryRequest(long queryId) implements Message {
  @Override
  public MessageType type() {
    return MessageType.CLOSE_QUERY;
  }
}
