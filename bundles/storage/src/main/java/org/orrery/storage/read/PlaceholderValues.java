package org.orrery.storage.read;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * Value arrays for the columns of times-only blocks ({@code Segment.decodeTimes}), whose values
 * are unspecified: one shared array per type, zero-filled, grown on demand, so a times-only read
 * allocates no value arrays. Consumers treat column arrays as read-only (the {@link Column}
 * contract), so sharing is safe. Binary types hold an empty array at every position, which
 * does not read as null.
 */
final class PlaceholderValues {
  private static final byte[] EMPTY = new byte[0];
  private static final Map<DataType, Object> SHARED = new EnumMap<>(DataType.class);

  private PlaceholderValues() {}

  /** A read-only array of {@code type}'s kind with at least {@code size} positions. */
  static synchronized Object of(DataType type, int size) {
    Object current = SHARED.get(type);
    if (current == null || java.lang.reflect.Array.getLength(current) < size) {
      int capacity = Math.max(size, 16_384);
      current = Column.newArray(type, capacity);
      if (type.isBinary()) {
        Arrays.fill((byte[][]) current, EMPTY);
      }
      SHARED.put(type, current);
    }
    return current;
  }
}
