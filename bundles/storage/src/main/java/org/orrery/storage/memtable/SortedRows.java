package org.orrery.storage.memtable;

import java.util.Arrays;
import org.orrery.common.block.Column;

/**
 * A device's memtable rows within a time range in time order, with duplicate timestamps folded
 * into one row: per measurement the last non-null value written wins (a later null does not
 * overwrite). Built over a buffer that must not change while this view is used (the region
 * builds it under its lock and copies what it needs, or the buffer is frozen for a flush).
 */
public final class SortedRows {
  private final DeviceBuffer buffer;
  /**
   * Buffer rows in (time, arrival) order, or null when output row i is buffer row
   * {@code first + i} (rows appended in time order without repeated timestamps, the common case
   * of a flush, which then needs neither this array nor {@link #runStart}).
   */
  private final int[] order;
  /** The buffer row of output row 0 when {@link #order} is null. */
  private final int first;
  /**
   * Run i covers order[runStart[i] .. runStart[i+1]); every run has one distinct time. Null when
   * every run holds one row.
   */
  private final int[] runStart;
  private final long[] times;
  /** Whether the rows were appended in time order (order[i] == order[0] + i, or order is null). */
  private final boolean contiguous;

  private SortedRows(DeviceBuffer buffer, int[] order, int first, int[] runStart, long[] times, boolean contiguous) {
    this.buffer = buffer;
    this.order = order;
    this.first = first;
    this.runStart = runStart;
    this.times = times;
    this.contiguous = contiguous;
  }

  static SortedRows of(DeviceBuffer buffer, long from, long to) {
    ColumnBuffer t = buffer.times();
    int n = buffer.rows();
    int[] order;
    long[] keys;
    if (buffer.ascending()) {
      int lo = lowerBound(t, n, from);
      int hi = to == Long.MAX_VALUE ? n : lowerBound(t, n, to + 1);
      keys = new long[Math.max(0, hi - lo)];
      t.copyRange(lo, keys.length, keys, 0);
      if (strictlyAscending(keys)) {
        return new SortedRows(buffer, null, lo, null, keys, true);
      }
      order = new int[keys.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = lo + i;
      }
    } else {
      int count = 0;
      order = new int[n];
      keys = new long[n];
      for (int r = 0; r < n; r++) {
        long time = t.getLong(r);
        if (time >= from && time <= to) {
          order[count] = r;
          keys[count++] = time;
        }
      }
      order = Arrays.copyOf(order, count);
      keys = Arrays.copyOf(keys, count);
      StableSort.sort(keys, order);
    }
    int runs = 0;
    int[] starts = new int[order.length + 1];
    long[] distinct = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        starts[runs] = i;
        distinct[runs++] = keys[i];
      }
    }
    starts[runs] = order.length;
    return new SortedRows(buffer, order, 0, Arrays.copyOf(starts, runs + 1),
        Arrays.copyOf(distinct, runs), buffer.ascending());
  }

  private static boolean strictlyAscending(long[] keys) {
    for (int i = 1; i < keys.length; i++) {
      if (keys[i] <= keys[i - 1]) {
        return false;
      }
    }
    return true;
  }

  private static int lowerBound(ColumnBuffer t, int n, long key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.getLong(mid) < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Number of distinct timestamps. */
  public int size() {
    return times.length;
  }

  /** The distinct timestamps, ascending. */
  public long[] times() {
    return times;
  }

  /** Whether no row needed folding (every run holds one row). */
  private boolean noDuplicates() {
    return order == null || order.length == times.length;
  }

  /** The buffer row of the k-th row in (time, arrival) order. */
  private int orderedRow(int k) {
    return order == null ? first + k : order[k];
  }

  /** The buffer row that supplies {@code measurement}'s value for output row {@code i}, or -1. */
  private int sourceRow(ColumnBuffer col, int i) {
    if (runStart == null) {
      int row = first + i;
      return col.isNull(row) ? -1 : row;
    }
    for (int k = runStart[i + 1] - 1; k >= runStart[i]; k--) {
      int row = order[k];
      if (!col.isNull(row)) {
        return row;
      }
    }
    return -1;
  }

  /**
   * Copies output rows {@code [from, from + count)} of {@code col} into {@code dest} (the type's
   * array kind) at {@code destPos}, marking absent values in {@code nulls}.
   *
   * @return how many of the copied positions are null
   */
  public int fill(ColumnBuffer col, int from, int count, Object dest, int destPos, boolean[] nulls) {
    int nullCount = 0;
    boolean plain = noDuplicates() && !col.mayHaveNulls();
    if (plain && contiguous && count > 0) {
      col.copyRange(orderedRow(from), count, dest, destPos);
      return 0;
    }
    for (int i = 0; i < count; i++) {
      int row = plain ? orderedRow(from + i) : sourceRow(col, from + i);
      if (row < 0) {
        nulls[destPos + i] = true;
        nullCount++;
      } else {
        col.copyTo(row, dest, destPos + i);
      }
    }
    return nullCount;
  }

  /** Output rows {@code [from, from + count)} of {@code measurement} as a column (all null if absent). */
  public Column column(String measurement, org.orrery.common.type.DataType type, int from, int count) {
    ColumnBuffer col = buffer.column(measurement);
    if (col == null || col.type() != type) {
      return Column.allNull(type, count);
    }
    Object values = Column.newArray(type, count);
    boolean[] nulls = new boolean[count];
    int nullCount = fill(col, from, count, values, 0, nulls);
    return new Column(type, values, nullCount == 0 ? null : nulls, count);
  }
}
