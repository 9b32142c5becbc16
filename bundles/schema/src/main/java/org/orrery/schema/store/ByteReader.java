package org.orrery.schema.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.path.PartialPath;

/**
 * Reads what {@link ByteWriter} wrote. Every read checks bounds and throws
 * {@link MalformedDataException} instead of running past the data, so a damaged entry is
 * reported, never misread.
 */
final class ByteReader {
  private final byte[] bytes;
  private int position;
  private final int limit;

  ByteReader(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.position = offset;
    this.limit = offset + length;
  }

  int position() {
    return position;
  }

  int remaining() {
    return limit - position;
  }

  int readByte() {
    need(1);
    return bytes[position++];
  }

  int readInt() {
    need(4);
    int value =
        ((bytes[position] & 0xFF) << 24)
            | ((bytes[position + 1] & 0xFF) << 16)
            | ((bytes[position + 2] & 0xFF) << 8)
            | (bytes[position + 3] & 0xFF);
    position += 4;
    return value;
  }

  long readLong() {
    long high = readInt();
    long low = readInt() & 0xFFFFFFFFL;
    return (high << 32) | low;
  }

  int readVarInt() {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value < 0) {
          throw new MalformedDataException("varint out of range at offset " + position);
        }
        return value;
      }
    }
    throw new MalformedDataException("varint longer than 5 bytes at offset " + position);
  }

  String readString() {
    int length = readVarInt();
    need(length);
    String value = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return value;
  }

  String readOptionalString() {
    int present = readByte();
    if (present == 0) {
      return null;
    }
    if (present != 1) {
      throw new MalformedDataException("bad presence byte " + present + " at offset " + (position - 1));
    }
    return readString();
  }

  PartialPath readPath() {
    int count = readVarInt();
    if (count == 0) {
      throw new MalformedDataException("empty path at offset " + position);
    }
    List<String> nodes = new ArrayList<>(Math.min(count, 64));
    for (int i = 0; i < count; i++) {
      nodes.add(readString());
    }
    try {
      return PartialPath.of(nodes);
    } catch (RuntimeException e) {
      throw new MalformedDataException("invalid path " + nodes + ": " + e.getMessage());
    }
  }

  Map<String, String> readMap() {
    int count = readVarInt();
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < count; i++) {
      map.put(readString(), readString());
    }
    return map;
  }

  private void need(int count) {
    if (count < 0 || count > limit - position) {
      throw new MalformedDataException(
          "needs " + count + " bytes at offset " + position + " but only " + (limit - position) + " remain");
    }
  }
}
