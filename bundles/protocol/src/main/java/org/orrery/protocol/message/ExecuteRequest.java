package org.orrery.protocol.message;

import java.util.Objects;
import org.orrery.protocol.MessageType;

/**
 * Runs one SQL statement. Answered by RESULT_HEADER (with the first rows) when the statement has
 * rows, else by OK with the statement's message.
 *
 * @param fetchSize rows per page (at least 1)
 * @param timeoutMillis the query timeout, 0 for the server default
 * @param pages pages the first answer may carry (at least 1; more than 1 needs protocol version
 *     2), as in {@link FetchRequest}
 */
public record ExecuteRequest(String sql, int fetchSize, long timeoutMillis, int pages) implements Message {
  public ExecuteRequest {
    Objects.requireNonNull(sql, "sql");
  }

  /** A first answer of one page (what protocol version 1 expresses). */
  public ExecuteRequest(String sql, int fetchSize, long timeoutMillis) {
    this(sql, fetchSize, timeoutMillis, 1);
  }

  @Override
  public MessageType type() {
    return MessageType.EXECUTE;
  }
}
