package org.orrery.storage.read;

import java.util.Arrays;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * The points of one series from one source: ascending distinct times and their non-null values
 * in the type's primitive array kind, or no values at all ({@link #hasValues()} false) when they
 * were read for a times-only decode. Immutable once built.
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

  /** The values, or null for points read without them. */
  public Object values() {
    return values;
  }

  /** False for points read without values (times only). */
  public boolean hasValues() {
    return values != null;
  }

  /** The same points without their values. */
  public SeriesPoints timesOnly() {
    return values == null ? this : new SeriesPoints(type, times, null, size);
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
    boolean[] kept = new boolean[size];
    Arrays.fill(kept, 0, first, true);
    int n = first;
    for (int i = first + 1; i < size; i++) {
      if (keep.accept(times[i])) {
        kept[i] = true;
        t[n++] = times[i];
      }
    }
    return new SeriesPoints(type, t, values == null ? null : Gather.kept(type, values, kept, size, n), n);
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
    Object v = null;
    if (values != null) {
      v = Column.newArray(type, n);
      System.arraycopy(values, lo, v, 0, n);
    }
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
    boolean withValues = older.values != null && newer.values != null;
    Object v = withValues ? Column.newArray(older.type, cap) : null;
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < older.size || j < newer.size) {
      if (j >= newer.size || (i < older.size && older.times[i] < newer.times[j])) {
        t[n] = older.times[i];
        if (withValues) {
          System.arraycopy(older.values, i, v, n, 1);
        }
        i++;
        n++;
      } else {
        if (i < older.size && older.times[i] == newer.times[j]) {
          i++;
        }
        t[n] = newer.times[j];
        if (withValues) {
          System.arraycopy(newer.values, j, v, n, 1);
        }
        j++;
        n++;
      }
    }
    return new SeriesPoints(older.type, t, v, n);
  }

  /**
   * Merges the parts of one series read in storage order from one source (pages, chunks), later
   * parts winning on equal times as in {@link #merge}. Parts that follow each other in time, the
   * usual case, are concatenated with one copy instead of one per part.
   */
  public static SeriesPoints mergeAll(DataType type, java.util.List<SeriesPoints> parts) {
    SeriesPoints previous = null;
    int total = 0;
    boolean ordered = true;
    int nonEmpty = 0;
    for (SeriesPoints p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      if (previous != null && p.firstTime() <= previous.lastTime()) {
        ordered = false;
      }
      previous = p;
      total += p.size;
      nonEmpty++;
    }
    if (nonEmpty == 0) {
      return empty(type);
    }
    if (!ordered) {
      SeriesPoints acc = empty(type);
      for (SeriesPoints p : parts) {
        acc = merge(acc, p);
      }
      return acc;
    }
    if (nonEmpty == 1) {
      return previous;
    }
    boolean withValues = true;
    for (SeriesPoints p : parts) {
      withValues &= p.isEmpty() || p.values != null;
    }
    long[] t = new long[total];
    Object v = withValues ? Column.newArray(type, total) : null;
    int n = 0;
    for (SeriesPoints p : parts) {
      System.arraycopy(p.times, 0, t, n, p.size);
      if (withValues && p.size > 0) {
        System.arraycopy(p.values, 0, v, n, p.size);
      }
      n += p.size;
    }
    return new SeriesPoints(type, t, v, n);
  }

  private static SeriesPoints concat(SeriesPoints a, SeriesPoints b) {
    int n = a.size + b.size;
    long[] t = new long[n];
    Object v = a.values == null || b.values == null ? null : Column.newArray(a.type, n);
    System.arraycopy(a.times, 0, t, 0, a.size);
    System.arraycopy(b.times, 0, t, a.size, b.size);
    if (a.values == null || b.values == null) {
      return new SeriesPoints(a.type, t, null, n);
    }
    System.arraycopy(a.values, 0, v, 0, a.size);
    System.arraycopy(b.values, 0, v, a.size, b.size);
    return new SeriesPoints(a.type, t, v, n);
  }
}
