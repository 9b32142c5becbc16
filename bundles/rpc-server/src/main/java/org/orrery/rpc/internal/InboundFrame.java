package org.orrery.rpc.internal;

import java.nio.ByteBuffer;
import org.orrery.protocol.FrameHeader;

/** A frame whose header is checked and whose payload is read but not yet decoded. */
record InboundFrame(FrameHeader header, byte[] payload) {
  int requestId() {
    return header.requestId();
  }

  ByteBuffer payloadBuffer() {
    return ByteBuffer.wrap(payload);
  }
}
