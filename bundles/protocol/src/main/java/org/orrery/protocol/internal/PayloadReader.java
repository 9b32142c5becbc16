package org.orrery.protocol.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.orrery.protocol.ProtocolException;
import org.orrery.protocol.ProtocolLimits;

/**
 * A bounded big-endian reader over one payload. Every length or count is checked against the
 * bytes that remain before anything is allocated from it, and every allocation is charged to a
 * per-frame budget ({@link ProtocolLimits#maxDecodedBytes()}), so a hostile frame can neither
 * read past its end nor make the decoder allocate more than the limits allow.
 */
public final class PayloadReader {
  private final ByteBuffer buffer;
  private final ProtocolLimits limits;
  /** Bytes the frame may still allocate; shared with nested readers of the same frame. */
  private final long[] budget;

  public PayloadReader(ByteBuffer payload, ProtocolLimits limits) {
    this(payload, limits, new long[] {limits.maxDecodedBytes()});
  }

  private PayloadReader(ByteBuffer payload, ProtocolLimits limits, long[] budget) {
    this.buffer = payload.slice().order(ByteOrder.BIG_ENDIAN);
    this.limits = limits;
    this.budget = budget;
  }

  /** A reader over bytes derived from this frame (a decompressed page) sharing its budget. */
  public PayloadReader nested(byte[] bytes) {
    return new PayloadReader(ByteBuffer.wrap(bytes), limits, budget);
  }

  public ProtocolLimits limits() {
    return limits;
  }

  public int remaining() {
    return buffer.remaining();
  }

  /** Fails unless every byte of the payload was consumed (trailing garbage means a bad frame). */
  public void expectEnd(String what) {
    if (buffer.hasRemaining()) {
      throw new ProtocolException(buffer.remaining() + " unexpected trailing bytes after " + what);
    }
  }

  private void need(long bytes, String what) {
    if (bytes < 0 || bytes > buffer.remaining()) {
      throw new ProtocolException(
          "truncated payload: " + what + " needs " + bytes + " bytes, " + buffer.remaining() + " remain");
    }
  }

  /** Charges {@code bytes} of upcoming allocation to the frame's budget. */
  public void charge(long bytes, String what) {
    if (bytes > budget[0]) {
      throw new ProtocolException(
          "decoding " + what + " would allocate " + bytes + " bytes, over the per-frame limit of "
              + limits.maxDecodedBytes());
    }
    budget[0] -= bytes;
  }

  public int u8(String what) {
    need(1, what);
    return Byte.toUnsignedInt(buffer.get());
  }

  public boolean bool(String what) {
    int value = u8(what);
    if (value > 1) {
      throw new ProtocolException(what + " must be 0 or 1, got " + value);
    }
    return value == 1;
  }

  public int i32(String what) {
    need(4, what);
    return buffer.getInt();
  }

  public long i64(String what) {
    need(8, what);
    return buffer.getLong();
  }

  public float f32(String what) {
    need(4, what);
    return buffer.getFloat();
  }

  public double f64(String what) {
    need(8, what);
    return buffer.getDouble();
  }

  /**
   * A count of elements that each take at least {@code minBytesPerElement} bytes of what remains,
   * so the count cannot exceed what the payload can actually hold.
   */
  public int count(String what, int minBytesPerElement) {
    int count = i32(what);
    if (count < 0) {
      throw new ProtocolException(what + " is negative: " + count);
    }
    if ((long) count * minBytesPerElement > buffer.remaining()) {
      throw new ProtocolException(
          what + " " + count + " cannot fit in the " + buffer.remaining() + " remaining bytes");
    }
    return count;
  }

  /** A byte sequence with an i32 length. */
  public byte[] bytes(String what) {
    int length = i32(what + " length");
    need(length, what);
    charge(length, what);
    byte[] value = new byte[length];
    buffer.get(value);
    return value;
  }

  /** {@code length} bytes without a length prefix. */
  public byte[] raw(int length, String what) {
    need(length, what);
    charge(length, what);
    byte[] value = new byte[length];
    buffer.get(value);
    return value;
  }

  /** A UTF-8 string with an i32 length; malformed UTF-8 is rejected, not replaced. */
  public String string(String what) {
    int length = i32(what + " length");
    need(length, what);
    charge(2L * length, what);
    ByteBuffer slice = buffer.slice().limit(length);
    try {
      String value =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(slice)
              .toString();
      buffer.position(buffer.position() + length);
      return value;
    } catch (CharacterCodingException e) {
      throw new ProtocolException(what + " is not valid UTF-8");
    }
  }

  public long[] longs(int count, String what) {
    need(8L * count, what);
    charge(8L * count, what);
    long[] values = new long[count];
    buffer.asLongBuffer().get(values);
    buffer.position(buffer.position() + 8 * count);
    return values;
  }

  public int[] ints(int count, String what) {
    need(4L * count, what);
    charge(4L * count, what);
    int[] values = new int[count];
    buffer.asIntBuffer().get(values);
    buffer.position(buffer.position() + 4 * count);
    return values;
  }

  public float[] floats(int count, String what) {
    need(4L * count, what);
    charge(4L * count, what);
    float[] values = new float[count];
    buffer.asFloatBuffer().get(values);
    buffer.position(buffer.position() + 4 * count);
    return values;
  }

  public double[] doubles(int count, String what) {
    need(8L * count, what);
    charge(8L * count, what);
    double[] values = new double[count];
    buffer.asDoubleBuffer().get(values);
    buffer.position(buffer.position() + 8 * count);
    return values;
  }
}
