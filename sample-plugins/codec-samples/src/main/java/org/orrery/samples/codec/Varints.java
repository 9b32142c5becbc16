package org.orrery.samples.codec;

import java.nio.ByteBuffer;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;

/**
 * Zig-zag mapped LEB128 varints: the byte form of {@link DeltaVarintEncoding}. Zig-zag maps
 * 0, -1, 1, -2, ... to 0, 1, 2, 3, ..., so values near zero of either sign are small; LEB128
 * writes 7 bits per byte, least significant group first, with the high bit set on every byte but
 * the last. A long takes 1 to 10 bytes.
 */
final class Varints {
  private Varints() {}

  static void writeSigned(long value, ByteSink out) {
    long zigZag = (value << 1) ^ (value >> 63);
    while ((zigZag & ~0x7FL) != 0) {
      out.write((int) ((zigZag & 0x7F) | 0x80));
      zigZag >>>= 7;
    }
    out.write((int) zigZag);
  }

  /**
   * Reads one value.
   *
   * @throws CodecException naming the position when the varint is cut off or too long
   */
  static long readSigned(ByteBuffer in) {
    int start = in.position();
    long zigZag = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!in.hasRemaining()) {
        throw new CodecException(
            DeltaVarintEncoding.NAME + ": varint starting at byte " + start + " is cut off");
      }
      byte b = in.get();
      zigZag |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return (zigZag >>> 1) ^ -(zigZag & 1);
      }
    }
    throw new CodecException(
        DeltaVarintEncoding.NAME + ": varint starting at byte " + start + " is longer than 10 bytes");
  }
}
