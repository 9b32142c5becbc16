package org.orrery.protocol;

import java.nio.ByteBuffer;
import org.orrery.common.error.ErrorCode;

/**
 * The fixed {@value Protocol#HEADER_SIZE}-byte start of a frame.
 *
 * @param version protocol version the frame is written in
 * @param type the message kind of the payload
 * @param requestId chosen by the client, echoed by the server's response (pipelining)
 * @param payloadLength bytes of payload following the header
 */
public record FrameHeader(int version, MessageType type, int requestId, int payloadLength) {

  /**
   * Reads and checks a header: magic, a version this side speaks, a known message type, zero
   * flags, and a payload length within {@code maxFrameSize}. Nothing is allocated from the length.
   *
   * @param buffer at least {@value Protocol#HEADER_SIZE} readable bytes; its position advances
   * @throws ProtocolException naming the bad field
   */
  public static FrameHeader read(ByteBuffer buffer, int maxFrameSize) {
    if (buffer.remaining() < Protocol.HEADER_SIZE) {
      throw new ProtocolException(
          "truncated frame header: " + buffer.remaining() + " of " + Protocol.HEADER_SIZE + " bytes");
    }
    int magic = buffer.getInt();
    if (magic != Protocol.MAGIC) {
      throw new ProtocolException(String.format("bad frame magic 0x%08X, expected 0x%08X", magic, Protocol.MAGIC));
    }
    int version = Byte.toUnsignedInt(buffer.get());
    if (version < Protocol.MIN_VERSION || version > Protocol.MAX_VERSION) {
      throw new ProtocolException(
          ErrorCode.UNSUPPORTED_VERSION,
          "unsupported protocol version " + version + ", this side speaks "
              + Protocol.MIN_VERSION + ".." + Protocol.MAX_VERSION);
    }
    int typeId = Byte.toUnsignedInt(buffer.get());
    int flags = Short.toUnsignedInt(buffer.getShort());
    int requestId = buffer.getInt();
    int length = buffer.getInt();
    MessageType type = MessageType.fromId(typeId);
    if (flags != 0) {
      throw new ProtocolException("unsupported frame flags 0x" + Integer.toHexString(flags) + " in request " + requestId);
    }
    checkLength(length, maxFrameSize);
    return new FrameHeader(version, type, requestId, length);
  }

  /** The payload length found at {@link Protocol#LENGTH_OFFSET}, checked against the limit. */
  static void checkLength(int length, int maxFrameSize) {
    if (length < 0 || length > maxFrameSize) {
      throw new ProtocolException(
          ErrorCode.FRAME_TOO_LARGE,
          "frame payload length " + Integer.toUnsignedString(length) + " exceeds the limit of "
              + maxFrameSize + " bytes");
    }
  }

  /** Writes the header into {@code buffer}. */
  public void write(ByteBuffer buffer) {
    buffer.putInt(Protocol.MAGIC);
    buffer.put((byte) version);
    buffer.put(type.id());
    buffer.putShort((short) 0);
    buffer.putInt(requestId);
    buffer.putInt(payloadLength);
  }
}
