package org.orrery.rpc.internal;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import org.orrery.protocol.FrameHeader;

/**
 * A frame whose header is checked and whose payload is read but not yet decoded. The payload is
 * a pooled Netty buffer (reused memory: no zeroing and no page faults for every large insert), so
 * whoever takes a frame must {@link #release()} it once it is decoded or dropped.
 */
record InboundFrame(FrameHeader header, ByteBuf payload) {
  int requestId() {
    return header.requestId();
  }

  int length() {
    return header.payloadLength();
  }

  /** A big-endian view of the payload, valid until {@link #release()}. */
  ByteBuffer payloadBuffer() {
    return payload.nioBuffer(payload.readerIndex(), payload.readableBytes());
  }

  /** Frames are distinct requests: equal only to themselves (never compare payload bytes). */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** Returns the payload's memory to the pool; safe to call twice. */
  void release() {
    if (payload.refCnt() > 0) {
      payload.release();
    }
  }
}
