package org.orrery.functions.aggregate;

import java.util.Arrays;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.functions.support.ValueDomain;

/**
 * The smallest and largest non-null value seen, kept in the type's {@link ValueDomain} so that
 * INT64 values beyond 2^53 and FLOAT values keep their exact value. In the floating domain a NaN
 * makes both bounds NaN ({@code Math.max}/{@code Math.min} semantics): the result then does not
 * depend on the order in which points, statistics and partial results arrive.
 */
final class ValueRange {
  private final DataType type;
  private final ValueDomain domain;
  private boolean seen;
  private long minWhole;
  private long maxWhole;
  private double minFloating;
  private double maxFloating;
  private byte[] minBytes;
  private byte[] maxBytes;

  ValueRange(DataType type) {
    this.type = type;
    this.domain = ValueDomain.of(type);
  }

  boolean seen() {
    return seen;
  }

  void add(Column values, int from, int to) {
    for (int i = from; i < to; i++) {
      if (values.isNull(i)) {
        continue;
      }
      switch (domain) {
        case WHOLE:
          addWhole(ValueDomain.longAt(values, i));
          break;
        case FLOATING:
          addFloating(values.type() == DataType.FLOAT ? values.floats()[i] : values.doubles()[i]);
          break;
        default:
          addBytes(values.binaries()[i], values.binaries()[i]);
          break;
      }
    }
  }

  /** Adds bounds boxed as {@link org.orrery.engine.storage.SeriesStatistics} boxes them. */
  void addBounds(Object min, Object max) {
    switch (domain) {
      case WHOLE:
        addWhole(ValueDomain.unboxLong(min));
        addWhole(ValueDomain.unboxLong(max));
        break;
      case FLOATING:
        addFloating(ValueDomain.unboxDouble(min));
        addFloating(ValueDomain.unboxDouble(max));
        break;
      default:
        addBytes((byte[]) min, (byte[]) max);
        break;
    }
  }

  void merge(ValueRange other) {
    if (other.seen) {
      switch (domain) {
        case WHOLE:
          addWhole(other.minWhole);
          addWhole(other.maxWhole);
          break;
        case FLOATING:
          addFloating(other.minFloating);
          addFloating(other.maxFloating);
          break;
        default:
          addBytes(other.minBytes, other.maxBytes);
          break;
      }
    }
  }

  private void addWhole(long value) {
    if (!seen) {
      minWhole = value;
      maxWhole = value;
      seen = true;
    } else {
      minWhole = Math.min(minWhole, value);
      maxWhole = Math.max(maxWhole, value);
    }
  }

  private void addFloating(double value) {
    if (!seen) {
      minFloating = value;
      maxFloating = value;
      seen = true;
    } else {
      minFloating = Math.min(minFloating, value);
      maxFloating = Math.max(maxFloating, value);
    }
  }

  private void addBytes(byte[] min, byte[] max) {
    if (!seen) {
      minBytes = min;
      maxBytes = max;
      seen = true;
    } else {
      if (Arrays.compareUnsigned(min, minBytes) < 0) {
        minBytes = min;
      }
      if (Arrays.compareUnsigned(max, maxBytes) > 0) {
        maxBytes = max;
      }
    }
  }

  /** The largest value boxed as the type's values; only when {@link #seen()}. */
  Object max() {
    return domain == ValueDomain.BYTES ? maxBytes : ValueDomain.box(type, maxWhole, maxFloating);
  }

  /** The smallest value boxed as the type's values; only when {@link #seen()}. */
  Object min() {
    return domain == ValueDomain.BYTES ? minBytes : ValueDomain.box(type, minWhole, minFloating);
  }

  /**
   * The value of largest magnitude, the positive one when a positive and a negative value tie
   * (IoTDB's {@code extreme}); numeric domains only.
   */
  Object extreme() {
    if (domain == ValueDomain.WHOLE) {
      // Long.MIN_VALUE has no positive counterpart: nothing can beat its magnitude.
      boolean pickMax = minWhole != Long.MIN_VALUE && Math.abs(maxWhole) >= Math.abs(minWhole);
      return ValueDomain.box(type, pickMax ? maxWhole : minWhole, 0);
    }
    boolean pickMax = Math.abs(maxFloating) >= Math.abs(minFloating);
    double chosen = Double.isNaN(maxFloating) ? maxFloating : pickMax ? maxFloating : minFloating;
    return ValueDomain.box(type, 0, chosen);
  }

  void reset() {
    seen = false;
    minBytes = null;
    maxBytes = null;
  }
}
