package org.orrery.schema.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.orrery.common.path.PartialPath;

/** A growable big-endian byte buffer for log entries and snapshots. */
final class ByteWriter {
  private byte[] bytes;
  private int size;

  ByteWriter(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  int size() {
    return size;
  }

  void reset() {
    size = 0;
  }

  byte[] array() {
    return bytes;
  }

  byte[] toArray() {
    return Arrays.copyOf(bytes, size);
  }

  void writeByte(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
  }

  void writeInt(int value) {
    ensure(4);
    bytes[size++] = (byte) (value >>> 24);
    bytes[size++] = (byte) (value >>> 16);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
  }

  /** Overwrites 4 bytes at {@code at} (used to fill in a length once it is known). */
  void putInt(int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }

  void writeLong(long value) {
    writeInt((int) (value >>> 32));
    writeInt((int) value);
  }

  /** Unsigned LEB128 varint. */
  void writeVarInt(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative count " + value);
    }
    while ((value & ~0x7F) != 0) {
      writeByte((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    writeByte(value);
  }

  /** A string as varint byte length and UTF-8 bytes. */
  void writeString(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    writeVarInt(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
  }

  /** A nullable string: a presence byte (0 absent, 1 present), then the string. */
  void writeOptionalString(String value) {
    writeByte(value == null ? 0 : 1);
    if (value != null) {
      writeString(value);
    }
  }

  /** A path as its node count and raw node names. */
  void writePath(PartialPath path) {
    writeVarInt(path.length());
    for (int i = 0; i < path.length(); i++) {
      writeString(path.node(i));
    }
  }

  /** A string map as its size and key/value pairs in key order, so equal maps give equal bytes. */
  void writeMap(Map<String, String> map) {
    writeVarInt(map.size());
    for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
      writeString(entry.getKey());
      writeString(entry.getValue());
    }
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      long wanted = Math.max((long) bytes.length * 2, (long) size + more);
      if (wanted > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("schema image larger than 2 GiB");
      }
      bytes = Arrays.copyOf(bytes, (int) wanted);
    }
  }
}
