package org.orrery.storage.read;

import java.util.Arrays;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * The points of one series from one source: ascending distinct times and their non-null values
 * in the type's primitive array kind. Immutable once built.
 */
public final class SeriesPoints {
  private final DataType type;
  private final long[] times;
  private final Object values;
  private final int size;

  public SeriesPoints(DataType type, long[] times, Object values, int size) {
    this.type = type;
    this.times = times;
    this.values = values;
    this.size = size;
  }

  public static SeriesPoints empty(DataType type) {
    return new SeriesPoints(type, new long[0], Column.newArray(type, 0), 0);
  }

  public DataType type() {
    return type;
  }

  public long[] times() {
    return times;
  }

  public Object values() {
    return values;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public long firstTime() {
    return times[0];
  }

  public long lastTime() {
    return times[size - 1];
  }

  /** Boxed value at {@code i} (tests and the last-value cache only). */
  public Object boxed(int i) {
    return new Column(type, values, null, size).get(i);
  }

  /** The points of {@code column} at its non-null positions {@code [0, count)} of {@code times}. */
  public static SeriesPoints fromColumn(long[] times, Column column, int count) {
    DataType type = column.type();
    boolean anyNull = false;
    for (int i = 0; i < count && !anyNull; i++) {
      anyNull = column.isNull(i);
    }
    if (!anyNull) {
      return new SeriesPoints(type, times, column.values(), count);
    }
    long[] t = new long[count];
    Object v = Column.newArray(type, count);
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (!column.isNull(i)) {
        t[n] = times[i];
        System.arraycopy(column.values(), i, v, n, 1);
        n++;
      }
    }
    return new SeriesPoints(type, t, v, n);
  }

  /** The points that {@code keep} accepts, sharing arrays when all are kept. */
  public SeriesPoints filter(TimeFilter keep) {
    int first = 0;
    while (first < size && keep.accept(times[first])) {
      first++;
    }
    if (first == size) {
      return this;
    }
    long[] t = Arrays.copyOf(times, size);
    Object v = Column.newArray(type, size);
    System.arraycopy(values, 0, v, 0, first);
    int n = first;
    for (int i = first + 1; i < size; i++) {
      if (keep.accept(times[i])) {
        t[n] = times[i];
        System.arraycopy(values, i, v, n, 1);
        n++;
      }
    }
    return new SeriesPoints(type, t, v, n);
  }

  /** The points with times in {@code [from, to]} (this instance when all of them are). */
  public SeriesPoints between(long from, long to) {
    if (size == 0 || (times[0] >= from && times[size - 1] <= to)) {
      return this;
    }
    int lo = lowerBound(from);
    int hi = to == Long.MAX_VALUE ? size : lowerBound(to + 1);
    int n = Math.max(0, hi - lo);
    long[] t = Arrays.copyOfRange(times, lo, lo + n);
    Object v = Column.newArray(type, n);
    System.arraycopy(values, lo, v, 0, n);
    return new SeriesPoints(type, t, v, n);
  }

  /** First index whose time is {@code >= time}. */
  private int lowerBound(long time) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Accepts or rejects timestamps. */
  @FunctionalInterface
  public interface TimeFilter {
    boolean accept(long time);
  }

  /**
   * Merges two sources of the same series: both ascending; on equal times {@code newer} wins
   * (the newest version of a point is the visible one).
   */
  public static SeriesPoints merge(SeriesPoints older, SeriesPoints newer) {
    if (older.isEmpty()) {
      return newer;
    }
    if (newer.isEmpty()) {
      return older;
    }
    if (older.lastTime() < newer.firstTime()) {
      return concat(older, newer);
    }
    if (newer.lastTime() < older.firstTime()) {
      return concat(newer, older);
    }
    int cap = older.size + newer.size;
    long[] t = new long[cap];
    Object v = Column.newArray(older.type, cap);
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < older.size || j < newer.size) {
      if (j >= newer.size || (i < older.size && older.times[i] < newer.times[j])) {
        t[n] = older.times[i];
        System.arraycopy(older.values, i++, v, n++, 1);
      } else {
        if (i < older.size && older.times[i] == newer.times[j]) {
          i++;
        }
        t[n] = newer.times[j];
        System.arraycopy(newer.values, j++, v, n++, 1);
      }
    }
    return new SeriesPoints(older.type, t, v, n);
  }

  private static SeriesPoints concat(SeriesPoints a, SeriesPoints b) {
    int n = a.size + b.size;
    long[] t = new long[n];
    Object v = Column.newArray(a.type, n);
    System.arraycopy(a.times, 0, t, 0, a.size);
    System.arraycopy(b.times, 0, t, a.size, b.size);
    System.arraycopy(a.values, 0, v, 0, a.size);
    System.arraycopy(b.values, 0, v, a.size, b.size);
    return new SeriesPoints(a.type, t, v, n);
  }
}
