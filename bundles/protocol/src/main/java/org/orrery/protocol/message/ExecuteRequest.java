package org.orrery.protocol.message;

import java.util.Objects;
import org.orrery.protocol.MessageType;

/**
 * Runs one SQL statement. Answered by RESULT_HEADER (with the first page) when the statement has
 * rows, else by OK with the statement's message.
 *
 * @param fetchSize rows wanted in the first page (at least 1)
 * @param timeoutMillis the query timeout, 0 for the server default
 */
public record ExecuteRequest(String sql, int fetchSize, long timeoutMillis) implements Message {
  public ExecuteRequest {
    Objects.requireNonNull(sql, "sql");
  }

  @Override
  public MessageType type() {
    return MessageType.EXECUTE;
  }
}
