package org.orrery.protocol;

import java.nio.ByteBuffer;
import org.orrery.common.block.Block;
import org.orrery.common.error.ErrorCode;
import org.orrery.protocol.internal.BlockCodec;
import org.orrery.protocol.internal.InsertSizes;
import org.orrery.protocol.internal.MessageCodec;
import org.orrery.protocol.internal.PayloadReader;
import org.orrery.protocol.internal.PayloadWriter;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.WireTablet;

/**
 * Turns messages into frames and back. Stateless and thread-safe.
 *
 * <p>Stream readers (Netty on the server, a socket on the client) read {@value
 * Protocol#HEADER_SIZE} bytes, check them with {@link #readHeader}, then read exactly
 * {@link FrameHeader#payloadLength()} bytes and call {@link #decodePayload}. The header check
 * happens before any payload buffer is allocated.
 */
public final class FrameCodec {
  /** Written first and overwritten by the real header once the payload length is known. */
  private static final byte[] HEADER_PLACEHOLDER = new byte[Protocol.HEADER_SIZE];

  private final ProtocolLimits limits;

  public FrameCodec(ProtocolLimits limits) {
    this.limits = limits;
  }

  public ProtocolLimits limits() {
    return limits;
  }

  /**
   * The complete frame (header and payload) of {@code message} in the newest protocol version.
   *
   * @return a buffer positioned at 0 whose limit is the frame's end
   * @throws ProtocolException FRAME_TOO_LARGE when the payload exceeds the max frame size
   */
  public ByteBuffer encode(int requestId, Message message) {
    return encode(requestId, message, null);
  }

  /**
   * Like {@link #encode(int, Message)}, but into {@code reuse} when the frame fits in it, so a
   * sender that keeps one buffer does not allocate (and zero) a fresh array for every large
   * frame. The returned buffer's {@link ByteBuffer#array() array} is {@code reuse} or, when the
   * frame did not fit, a new one the caller may keep for the next frame; either way it is only
   * valid until that array is reused.
   *
   * @param reuse an array to encode into, or null
   */
  public ByteBuffer encode(int requestId, Message message, byte[] reuse) {
    return encode(Protocol.MAX_VERSION, requestId, message, reuse);
  }

  /**
   * Like {@link #encode(int, Message, byte[])}, in protocol {@code version}: the header names it
   * and the payload has its layout. A HANDSHAKE goes out in {@link Protocol#VERSION_1} (any
   * server reads it); after it, each side writes the version the handshake agreed on, and a
   * server answers every request in the version of the request's frame.
   *
   * @throws IllegalArgumentException when {@code version} is not one this side speaks, or the
   *     message carries what the version cannot express (several pages in version 1)
   */
  public ByteBuffer encode(int version, int requestId, Message message, byte[] reuse) {
    if (version < Protocol.MIN_VERSION || version > Protocol.MAX_VERSION) {
      throw new IllegalArgumentException("protocol version " + version + " is not one of "
          + Protocol.MIN_VERSION + ".." + Protocol.MAX_VERSION);
    }
    int hint = Protocol.HEADER_SIZE + MessageCodec.sizeHint(message);
    PayloadWriter out = reuse != null && reuse.length >= hint ? new PayloadWriter(reuse) : new PayloadWriter(hint);
    out.raw(HEADER_PLACEHOLDER, 0, Protocol.HEADER_SIZE);
    MessageCodec.write(out, message, version);
    int payloadLength = out.size() - Protocol.HEADER_SIZE;
    if (payloadLength > limits.maxFrameSize()) {
      throw new ProtocolException(
          ErrorCode.FRAME_TOO_LARGE,
          message.type() + " payload of " + payloadLength + " bytes exceeds the limit of "
              + limits.maxFrameSize() + " bytes");
    }
    ByteBuffer frame = ByteBuffer.wrap(out.array(), 0, out.size());
    new FrameHeader(version, message.type(), requestId, payloadLength).write(frame);
    frame.position(0);
    return frame;
  }

  /**
   * At most how many payload bytes an INSERT_TABLETS request carrying only {@code tablet} takes;
   * a client compares it with the server's max frame size to decide whether to split the tablet.
   */
  public static long insertPayloadSize(WireTablet tablet) {
    return InsertSizes.TABLETS_HEADER + InsertSizes.tablet(tablet);
  }

  /**
   * The bytes {@code block} takes in a RESULT_HEADER or RESULT_PAGE without compression: exact
   * for fixed-width columns, an upper bound otherwise. A server uses it to keep an answer of
   * several pages within its byte budget.
   */
  public static long resultBlockSize(Block block) {
    return BlockCodec.encodedSize(block);
  }

  /**
   * Reads and checks a frame header.
   *
   * @throws ProtocolException on bad magic, unsupported version, unknown type, non-zero flags or
   *     a payload length over the limit
   */
  public FrameHeader readHeader(ByteBuffer buffer) {
    return FrameHeader.read(buffer, limits.maxFrameSize());
  }

  /**
   * Decodes the payload of a frame whose header was already read.
   *
   * @param payload exactly {@code header.payloadLength()} remaining bytes
   * @throws ProtocolException when the payload is truncated, has trailing bytes or is malformed
   */
  public Message decodePayload(FrameHeader header, ByteBuffer payload) {
    if (payload.remaining() != header.payloadLength()) {
      throw new ProtocolException(
          "payload of " + header.type() + " has " + payload.remaining() + " bytes, header says "
              + header.payloadLength());
    }
    PayloadReader in = new PayloadReader(payload, limits);
    Message message = MessageCodec.read(header.type(), in, header.version());
    in.expectEnd(header.type().toString());
    return message;
  }

  /** Decodes one complete frame (header and payload), e.g. from a test or a datagram. */
  public Frame decode(ByteBuffer frame) {
    FrameHeader header = readHeader(frame);
    if (frame.remaining() < header.payloadLength()) {
      throw new ProtocolException(
          "truncated frame: " + header.type() + " payload needs " + header.payloadLength()
              + " bytes, " + frame.remaining() + " present");
    }
    ByteBuffer payload = frame.slice().limit(header.payloadLength());
    frame.position(frame.position() + header.payloadLength());
    return new Frame(header.requestId(), decodePayload(header, payload));
  }
}
