package org.orrery.protocol.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable big-endian byte sink for payloads. Primitive arrays are copied in bulk through
 * buffer views, which is what makes columnar pages cheap to encode.
 */
public final class PayloadWriter {
  private byte[] bytes;
  private ByteBuffer buffer;

  public PayloadWriter(int initialCapacity) {
    this(new byte[Math.max(16, initialCapacity)]);
  }

  /** Writes into {@code bytes} from its start (growing into a new array when it is too small). */
  public PayloadWriter(byte[] bytes) {
    this.bytes = bytes;
    buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
  }

  /** Bytes written so far. */
  public int size() {
    return buffer.position();
  }

  /** The underlying array; valid up to {@link #size()}. */
  public byte[] array() {
    return bytes;
  }

  /** Moves the write position (to patch a value written earlier, then return). */
  public void position(int position) {
    buffer.position(position);
  }

  private void ensure(long more) {
    long needed = (long) buffer.position() + more;
    if (needed <= bytes.length) {
      return;
    }
    if (needed > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("payload of " + needed + " bytes is too large to encode");
    }
    int capacity = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, 2L * bytes.length));
    int position = buffer.position();
    bytes = Arrays.copyOf(bytes, capacity);
    buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    buffer.position(position);
  }

  public void u8(int value) {
    ensure(1);
    buffer.put((byte) value);
  }

  public void bool(boolean value) {
    u8(value ? 1 : 0);
  }

  public void i16(int value) {
    ensure(2);
    buffer.putShort((short) value);
  }

  public void i32(int value) {
    ensure(4);
    buffer.putInt(value);
  }

  public void i64(long value) {
    ensure(8);
    buffer.putLong(value);
  }

  public void f32(float value) {
    ensure(4);
    buffer.putFloat(value);
  }

  public void f64(double value) {
    ensure(8);
    buffer.putDouble(value);
  }

  /** A byte sequence: i32 length then the bytes. */
  public void bytes(byte[] value) {
    i32(value.length);
    raw(value, 0, value.length);
  }

  /** A string: its UTF-8 bytes with an i32 length. */
  public void string(String value) {
    bytes(value.getBytes(StandardCharsets.UTF_8));
  }

  /** Bytes without a length. */
  public void raw(byte[] value, int offset, int length) {
    ensure(length);
    buffer.put(value, offset, length);
  }

  public void longs(long[] values, int count) {
    ensure(8L * count);
    buffer.asLongBuffer().put(values, 0, count);
    buffer.position(buffer.position() + 8 * count);
  }

  public void ints(int[] values, int count) {
    ensure(4L * count);
    buffer.asIntBuffer().put(values, 0, count);
    buffer.position(buffer.position() + 4 * count);
  }

  public void floats(float[] values, int count) {
    ensure(4L * count);
    buffer.asFloatBuffer().put(values, 0, count);
    buffer.position(buffer.position() + 4 * count);
  }

  public void doubles(double[] values, int count) {
    ensure(8L * count);
    buffer.asDoubleBuffer().put(values, 0, count);
    buffer.position(buffer.position() + 8 * count);
  }
}
