package org.orrery.storage.region;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.storage.file.Deletion;
import org.orrery.storage.memtable.ChunkPool;
import org.orrery.storage.memtable.DeviceBuffer;
import org.orrery.storage.memtable.MemTable;
import org.orrery.storage.memtable.SortedRows;
import org.orrery.storage.read.FileSeriesLoader;
import org.orrery.storage.read.Intervals;
import org.orrery.storage.read.ReadSource;
import org.orrery.storage.read.SeriesPoints;

/**
 * The working memtables of a region and the delayed-data separation of paper §5.1.1: each device
 * has a stable time (the largest time flushed, or being flushed, to a sequence file). Rows newer
 * than it go to the normal memtable, the others to the delayed memtable while the region
 * separates; otherwise everything goes to the normal memtable and a device that received a
 * delayed row is flushed to an unsequence file. Guarded by the region lock.
 */
final class MemtableWriter {
  private final DelaySeparationPolicy policy;
  private final MemoryBudget budget;
  private final LastValueCache lastCache;
  private final ChunkPool chunks;
  private final Map<PartialPath, Long> stableTimes = new HashMap<>();
  private MemTable normal;
  private MemTable delayed;
  private boolean separating = true;

  MemtableWriter(DelaySeparationPolicy policy, MemoryBudget budget, LastValueCache lastCache,
      ChunkPool chunks) {
    this.policy = policy;
    this.budget = budget;
    this.lastCache = lastCache;
    this.chunks = chunks;
  }

  /** Starts a new generation; the separation decision is taken here, once per generation. */
  void reset(long version, long now) {
    normal = new MemTable(version, now, chunks);
    delayed = new MemTable(version, now, chunks);
    separating = policy.decide();
  }

  /**
   * Hands the working pair over for flushing and raises the stable time of every device whose
   * rows go to a sequence file, so later rows at or below it count as delayed.
   */
  MemTable[] freeze() {
    for (DeviceBuffer b : normal.devices()) {
      if (!b.holdsDelayed() && b.rows() > 0) {
        stableTimes.merge(b.device(), b.maxTime(), Math::max);
      }
    }
    return new MemTable[] {normal, delayed};
  }

  void raiseStableTimes(Map<PartialPath, long[]> ranges) {
    for (Map.Entry<PartialPath, long[]> e : ranges.entrySet()) {
      stableTimes.merge(e.getKey(), e.getValue()[1], Math::max);
    }
  }

  Map<PartialPath, Long> stableTimes() {
    return stableTimes;
  }

  boolean separating() {
    return separating;
  }

  boolean isEmpty() {
    return normal.isEmpty() && delayed.isEmpty();
  }

  long bytes() {
    return normal.bytes() + delayed.bytes();
  }

  long createdMillis() {
    return normal.createdMillis();
  }

  /**
   * Checks a batch before anything is logged.
   *
   * @throws OrreryException ILLEGAL_ARGUMENT for malformed batches, TYPE_MISMATCH when a column's
   *     type differs from what the memtables hold for that series
   */
  void check(WriteBatch b) {
    Set<String> names = new HashSet<>();
    for (int c = 0; c < b.measurements().size(); c++) {
      String m = b.measurements().get(c);
      if (m == null || m.isEmpty() || !names.add(m)) {
        throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT,
            "write to " + b.device() + " names measurement '" + m + "' twice or empty");
      }
      Column col = b.columns().get(c);
      if (col.size() < b.rowCount()) {
        throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "column " + b.device() + "." + m
            + " has " + col.size() + " values for " + b.rowCount() + " rows");
      }
    }
    for (MemTable t : new MemTable[] {normal, delayed}) {
      DeviceBuffer existing = t.device(b.device());
      if (existing != null) {
        if (existing.aligned() != b.aligned()) {
          t.deviceForWrite(b.device(), b.aligned());
        }
        existing.checkTypes(b);
      }
    }
  }

  void checkAndInsert(WriteBatch b) {
    check(b);
    insert(b);
  }

  /** Inserts a checked batch, splitting its rows by the device's stable time. */
  void insert(WriteBatch b) {
    int rows = b.rowCount();
    if (rows == 0) {
      return;
    }
    long stable = stableTimes.getOrDefault(b.device(), Long.MIN_VALUE);
    long[] times = b.times();
    int delayedRows = 0;
    for (int r = 0; r < rows; r++) {
      if (times[r] <= stable) {
        delayedRows++;
      }
    }
    policy.observe(delayedRows, rows);
    if (delayedRows == 0) {
      append(normal, b, null, rows, false);
    } else if (!separating) {
      append(normal, b, null, rows, true);
    } else if (delayedRows == rows) {
      append(delayed, b, null, rows, false);
    } else {
      int[] newer = new int[rows - delayedRows];
      int[] older = new int[delayedRows];
      int n = 0;
      int o = 0;
      for (int r = 0; r < rows; r++) {
        if (times[r] <= stable) {
          older[o++] = r;
        } else {
          newer[n++] = r;
        }
      }
      append(normal, b, newer, n, false);
      append(delayed, b, older, o, false);
    }
    lastCache.onWrite(b);
  }

  private void append(MemTable table, WriteBatch b, int[] positions, int count, boolean delayedRows) {
    DeviceBuffer buffer = table.deviceForWrite(b.device(), b.aligned());
    long before = buffer.bytes();
    buffer.append(b, positions, count);
    if (delayedRows) {
      buffer.markDelayed();
    }
    long delta = buffer.bytes() - before;
    table.addBytes(delta);
    budget.add(delta);
  }

  void delete(PartialPath device, List<String> measurements, long from, long to) {
    for (MemTable t : new MemTable[] {normal, delayed}) {
      DeviceBuffer b = t.device(device);
      if (b != null) {
        b.delete(measurements, from, to);
      }
    }
  }

  void snapshotWorking(SeriesQuery query, Intervals intervals, List<ReadSource> out) {
    snapshot(normal, query, intervals, List.of(), out);
    snapshot(delayed, query, intervals, List.of(), out);
  }

  /**
   * Copies the query's points of one memtable into a read source: sorted, duplicates folded,
   * inside the intervals and minus {@code deletions} (those recorded after it was frozen).
   */
  void snapshot(MemTable table, SeriesQuery query, Intervals intervals, List<Deletion> deletions,
      List<ReadSource> out) {
    DeviceBuffer b = table.device(query.device());
    if (b == null || b.rows() == 0 || !intervals.overlaps(b.minTime(), b.maxTime())) {
      return;
    }
    SortedRows rows = b.sorted(intervals.start(), intervals.end());
    int n = query.measurements().size();
    SeriesPoints[] series = new SeriesPoints[n];
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      String m = query.measurements().get(i);
      Column col = rows.column(m, query.types().get(i), 0, rows.size());
      SeriesPoints p = SeriesPoints.fromColumn(rows.times(), col, rows.size());
      p = FileSeriesLoader.visible(p, query.device(), m, intervals, deletions);
      series[i] = p;
      if (!p.isEmpty()) {
        start = Math.min(start, p.firstTime());
        end = Math.max(end, p.lastTime());
      }
    }
    if (start <= end) {
      out.add(new ReadSource.Memory(series, start, end, table.version()));
    }
  }
}
