package org.orrery.protocol.message;

import java.util.List;
import org.orrery.protocol.MessageType;

/** Row-wise inserts of single timestamps; answered by OK or by ERROR naming rejected columns. */
public record InsertRecordsRequest(List<WireRecord> records) implements Message {
  public InsertRecordsRequest {
    records = List.copyOf(records);
  }

  @Override
  public MessageType type() {
    return MessageType.INSERT_RECORDS;
  }
}
