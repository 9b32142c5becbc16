package org.orrery.storage.memtable;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.WriteBatch;

/**
 * The rows of one device in a memtable, in arrival order: one time column and one value column
 * per measurement, all of equal length (a measurement missing from a batch gets nulls). Sorting
 * and resolving duplicate timestamps happens when the rows are read or flushed
 * ({@link SortedRows}). Not thread-safe: the region serialises access.
 */
public final class DeviceBuffer {
  private final PartialPath device;
  private final boolean aligned;
  /** Where the buffers' chunks come from (see {@link #releaseChunks}). */
  private final ChunkPool pool;
  private final ColumnBuffer times;
  private final Map<String, ColumnBuffer> columns = new LinkedHashMap<>();
  private int rows;
  private long minTime = Long.MAX_VALUE;
  private long maxTime = Long.MIN_VALUE;
  private boolean ascending = true;
  private boolean holdsDelayed;

  public DeviceBuffer(PartialPath device, boolean aligned) {
    this(device, aligned, ChunkPool.NONE);
  }

  public DeviceBuffer(PartialPath device, boolean aligned, ChunkPool pool) {
    this.device = device;
    this.aligned = aligned;
    this.pool = pool;
    this.times = new ColumnBuffer(DataType.INT64, pool);
  }

  public PartialPath device() {
    return device;
  }

  public boolean aligned() {
    return aligned;
  }

  public int rows() {
    return rows;
  }

  public long minTime() {
    return minTime;
  }

  public long maxTime() {
    return maxTime;
  }

  /** Whether times were appended in non-decreasing order (then sorting is a no-op). */
  boolean ascending() {
    return ascending;
  }

  ColumnBuffer times() {
    return times;
  }

  public Map<String, ColumnBuffer> columns() {
    return columns;
  }

  public ColumnBuffer column(String measurement) {
    return columns.get(measurement);
  }

  /**
   * Whether some row was at or below the device's stable time when written (only possible in
   * the normal memtable while delayed data is not separated); such a device is flushed to an
   * unsequence file.
   */
  public boolean holdsDelayed() {
    return holdsDelayed;
  }

  public void markDelayed() {
    holdsDelayed = true;
  }

  public long bytes() {
    long total = times.bytes();
    for (ColumnBuffer c : columns.values()) {
      total += c.bytes();
    }
    return total;
  }

  /**
   * Checks that the batch's columns have the types this buffer holds for them. A column whose
   * every value was deleted (e.g. by DELETE TIMESERIES, before the series is created again with
   * another type) holds nothing of its old type and takes the batch's type.
   *
   * @throws OrreryException TYPE_MISMATCH naming the series
   */
  public void checkTypes(WriteBatch batch) {
    for (int c = 0; c < batch.measurements().size(); c++) {
      String name = batch.measurements().get(c);
      ColumnBuffer existing = columns.get(name);
      if (existing != null && existing.type() != batch.type(c) && holdsNoValue(existing)) {
        ColumnBuffer retyped = new ColumnBuffer(batch.type(c), pool);
        retyped.appendNulls(rows);
        columns.put(name, retyped);
      } else if (existing != null && existing.type() != batch.type(c)) {
        throw new OrreryException(
            ErrorCode.TYPE_MISMATCH,
            "series " + device + "." + batch.measurements().get(c) + " holds " + existing.type()
                + " values in memory, the write has " + batch.type(c));
      }
    }
  }

  /**
   * Appends rows of the batch: all of them when {@code positions} is null, else
   * {@code positions[0..count)}. Call {@link #checkTypes} first.
   */
  public void append(WriteBatch batch, int[] positions, int count) {
    if (count == 0) {
      return;
    }
    long[] t = batch.times();
    long prev = rows == 0 ? Long.MIN_VALUE : times.getLong(rows - 1);
    Column timeColumn = new Column(DataType.INT64, t, null, batch.rowCount());
    if (positions == null) {
      times.append(timeColumn, 0, count);
    } else {
      times.appendSelected(timeColumn, positions, count);
    }
    for (int i = 0; i < count; i++) {
      long time = t[positions == null ? i : positions[i]];
      if (time < prev) {
        ascending = false;
      }
      prev = time;
      if (time < minTime) {
        minTime = time;
      }
      if (time > maxTime) {
        maxTime = time;
      }
    }
    for (int c = 0; c < batch.measurements().size(); c++) {
      String name = batch.measurements().get(c);
      ColumnBuffer col = columns.get(name);
      if (col == null) {
        col = new ColumnBuffer(batch.type(c), pool);
        col.appendNulls(rows);
        columns.put(name, col);
      }
      col.useCodecs(batch.encoding(c), batch.compression(c));
      Column src = batch.columns().get(c);
      if (positions == null) {
        col.append(src, 0, count);
      } else {
        col.appendSelected(src, positions, count);
      }
    }
    rows += count;
    for (ColumnBuffer col : columns.values()) {
      if (col.size() < rows) {
        col.appendNulls(rows - col.size());
      }
    }
  }

  /**
   * Hands every chunk to {@code target} and leaves the buffer without rows: only for a flushed
   * memtable that no reader or writer can reach any more.
   */
  void releaseChunks(ChunkPool target) {
    times.releaseChunks(target);
    for (ColumnBuffer col : columns.values()) {
      col.releaseChunks(target);
    }
    rows = 0;
  }

  private boolean holdsNoValue(ColumnBuffer column) {
    for (int r = 0; r < rows; r++) {
      if (!column.isNull(r)) {
        return false;
      }
    }
    return true;
  }

  /** Nulls out the values of {@code measurements} at times in {@code [from, to]}. */
  public void delete(Collection<String> measurements, long from, long to) {
    if (to < minTime || from > maxTime) {
      return;
    }
    for (String m : measurements) {
      ColumnBuffer col = columns.get(m);
      if (col == null) {
        continue;
      }
      for (int r = 0; r < rows; r++) {
        long t = times.getLong(r);
        if (t >= from && t <= to) {
          col.setNull(r);
        }
      }
    }
  }

  /** The rows with times in {@code [from, to]} sorted by time, duplicates resolved. */
  public SortedRows sorted(long from, long to) {
    return SortedRows.of(this, from, to);
  }
}
