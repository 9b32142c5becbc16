package org.orrery.protocol.message;

import java.util.List;
import org.orrery.protocol.MessageType;

/** Columnar inserts, one tablet per device; answered by OK or by ERROR naming rejected columns. */
public record InsertTabletsRequest(List<WireTablet> tablets) implements Message {
  public InsertTabletsRequest {
    tablets = List.copyOf(tablets);
  }

  @Override
  public MessageType type() {
    return MessageType.INSERT_TABLETS;
  }
}
