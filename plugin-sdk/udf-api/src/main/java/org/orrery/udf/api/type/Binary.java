package org.orrery.udf.api.type;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable byte sequence: the value of a TEXT, STRING or BLOB point.
 *
 * <p>TEXT and STRING values hold UTF-8. Equality, hashing and ordering are by content; ordering
 * compares bytes as unsigned values, so UTF-8 text sorts by code point.
 */
public final class Binary implements Comparable<Binary> {
  /** The empty sequence. */
  public static final Binary EMPTY = new Binary(new byte[0]);

  private final byte[] bytes;

  private Binary(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A binary holding a copy of {@code bytes}. */
  public static Binary of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new Binary(bytes.clone());
  }

  /** A binary holding the UTF-8 encoding of {@code text}. */
  public static Binary of(String text) {
    Objects.requireNonNull(text, "text");
    return new Binary(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A binary that uses {@code bytes} without copying them. The caller hands the array over and
   * must not change it afterwards; this exists so that the server can pass values without a copy.
   */
  public static Binary wrap(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new Binary(bytes);
  }

  /** Number of bytes. */
  public int length() {
    return bytes.length;
  }

  /** The byte at {@code index}. */
  public byte byteAt(int index) {
    return bytes[index];
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** The bytes decoded as UTF-8 (malformed sequences become U+FFFD). */
  public String toStringUtf8() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public int compareTo(Binary other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Binary other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The UTF-8 decoding, for messages and debugging. */
  @Override
  public String toString() {
    return toStringUtf8();
  }
}
