package org.orrery.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.ErrorCode;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.PingRequest;

class FrameHeaderTest {
  private final FrameCodec codec = new FrameCodec(ProtocolLimits.forFrameSize(4096));

  private static ByteBuffer header(int magic, int version, int type, int flags, int requestId, int length) {
    ByteBuffer buffer = ByteBuffer.allocate(Protocol.HEADER_SIZE);
    buffer.putInt(magic).put((byte) version).put((byte) type).putShort((short) flags).putInt(requestId).putInt(length);
    return buffer.flip();
  }

  @Test
  void headerLayoutIsMagicVersionTypeFlagsRequestIdLength() {
    ByteBuffer frame = codec.encode(Protocol.VERSION_1, 0x01020304, new PingRequest(), null);
    assertEquals(Protocol.HEADER_SIZE, frame.limit(), "PING has no payload");
    byte[] expected = {0x4F, 0x52, 0x52, 0x59, 1, 9, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0};
    byte[] actual = new byte[Protocol.HEADER_SIZE];
    frame.get(actual);
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
  }

  @Test
  void acceptsAValidHeader() {
    FrameHeader h = codec.readHeader(header(Protocol.MAGIC, 1, 3, 0, 99, 4096));
    assertEquals(MessageType.EXECUTE, h.type());
    assertEquals(99, h.requestId());
    assertEquals(4096, h.payloadLength());
  }

  @Test
  void rejectsBadMagic() {
    ProtocolException e = assertThrows(ProtocolException.class, () -> codec.readHeader(header(0x47455420, 1, 3, 0, 1, 0)));
    assertEquals(ErrorCode.PROTOCOL_ERROR, e.code());
    assertTrue(e.getMessage().contains("0x47455420"), e.getMessage());
  }

  @Test
  void rejectsUnsupportedVersion() {
    int unknown = Protocol.MAX_VERSION + 1;
    ProtocolException e = assertThrows(ProtocolException.class, () -> codec.readHeader(header(Protocol.MAGIC, unknown, 3, 0, 1, 0)));
    assertEquals(ErrorCode.UNSUPPORTED_VERSION, e.code());
    assertTrue(e.getMessage().contains("version " + unknown), e.getMessage());
    // both versions this side speaks are read
    assertEquals(Protocol.VERSION_1, codec.readHeader(header(Protocol.MAGIC, 1, 3, 0, 1, 0)).version());
    assertEquals(Protocol.VERSION_2, codec.readHeader(header(Protocol.MAGIC, 2, 3, 0, 1, 0)).version());
    assertThrows(ProtocolException.class, () -> codec.readHeader(header(Protocol.MAGIC, 0, 3, 0, 1, 0)));
  }

  @Test
  void rejectsUnknownTypeAndFlags() {
    ProtocolException unknown = assertThrows(ProtocolException.class, () -> codec.readHeader(header(Protocol.MAGIC, 1, 200, 0, 1, 0)));
    assertTrue(unknown.getMessage().contains("200"), unknown.getMessage());
    assertThrows(ProtocolException.class, () -> codec.readHeader(header(Protocol.MAGIC, 1, 0, 0, 1, 0)));
    assertThrows(ProtocolException.class, () -> codec.readHeader(header(Protocol.MAGIC, 1, 3, 1, 1, 0)));
  }

  @Test
  void rejectsLengthsOverTheLimitOrNegative() {
    ProtocolException big = assertThrows(ProtocolException.class, () -> codec.readHeader(header(Protocol.MAGIC, 1, 3, 0, 1, 4097)));
    assertEquals(ErrorCode.FRAME_TOO_LARGE, big.code());
    ProtocolException huge = assertThrows(ProtocolException.class, () -> codec.readHeader(header(Protocol.MAGIC, 1, 3, 0, 1, -1)));
    assertEquals(ErrorCode.FRAME_TOO_LARGE, huge.code());
    assertTrue(huge.getMessage().contains("4294967295"), "negative lengths are shown unsigned: " + huge.getMessage());
  }

  @Test
  void rejectsTruncatedHeaderAndPayload() {
    assertThrows(ProtocolException.class, () -> codec.readHeader(ByteBuffer.allocate(15)));
    ByteBuffer frame = codec.encode(1, new ExecuteRequest("select 1", 10, 0));
    ByteBuffer cut = ByteBuffer.wrap(frame.array(), 0, frame.limit() - 1).slice();
    ProtocolException e = assertThrows(ProtocolException.class, () -> codec.decode(cut));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void rejectsTrailingBytesInsideTheDeclaredPayload() {
    ByteBuffer frame = codec.encode(1, new ExecuteRequest("select 1", 10, 0));
    ByteBuffer longer = ByteBuffer.allocate(frame.limit() + 3);
    longer.put(frame).position(0);
    longer.putInt(Protocol.LENGTH_OFFSET, frame.limit() - Protocol.HEADER_SIZE + 3);
    ProtocolException e = assertThrows(ProtocolException.class, () -> codec.decode(longer));
    assertTrue(e.getMessage().contains("trailing"), e.getMessage());
  }
}
