package org.orrery.protocol.message;

import org.orrery.protocol.MessageType;

/**
 * Asks for the next rows of an open query; answered by RESULT_PAGE.
 *
 * @param fetchSize rows per page (at least 1)
 * @param pages pages the answer may carry (at least 1; more than 1 needs protocol version 2):
 *     the server sends up to {@code pages * fetchSize} rows in one answer, fewer at the end of
 *     the result or when the answer reaches the server's byte budget
 */
public record FetchRequest(long queryId, int fetchSize, int pages) implements Message {
  /** One page of up to {@code fetchSize} rows (what protocol version 1 expresses). */
  public FetchRequest(long queryId, int fetchSize) {
    this(queryId, fetchSize, 1);
  }

  @Override
  public MessageType type() {
    return MessageType.FETCH;
  }
}
