package org.orrery.protocol.message;

import org.orrery.protocol.MessageType;

/**
 * Stops a running query. Unlike other requests it is not queued behind the connection's running
 * request: the server handles it at once, so the pending FETCH fails with QUERY_CANCELLED.
 * Answered by OK.
 */
public record CancelRequest(long queryId) implements Message {
  @Override
  public MessageType type() {
    return MessageType.CANCEL;
  }
}
