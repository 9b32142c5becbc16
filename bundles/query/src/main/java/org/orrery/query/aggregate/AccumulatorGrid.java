package org.orrery.query.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.query.block.ColumnBuilder;

/**
 * The accumulators of an aggregation: one per window and slot, created when the first input
 * arrives. Rows are routed to every window containing them; statistics only when one window
 * holds their whole time span in each window they touch.
 */
public final class AccumulatorGrid {
  private final List<AggregateSlot> slots;
  private final TimeWindows windows;
  private final Accumulator[][] cells;

  public AccumulatorGrid(List<AggregateSlot> slots, TimeWindows windows) {
    this.slots = List.copyOf(slots);
    this.windows = windows;
    this.cells = new Accumulator[windows.count()][slots.size()];
  }

  /** Bytes to declare for a grid of this shape (a rough per-accumulator size). */
  public static long estimateBytes(int windows, int slots) {
    return 64L * windows * Math.max(1, slots);
  }

  public List<AggregateSlot> slots() {
    return slots;
  }

  public TimeWindows windows() {
    return windows;
  }

  /** The accumulator of a window and slot, or null when it saw no input. */
  public Accumulator cell(int window, int slot) {
    return cells[window][slot];
  }

  private Accumulator ensure(int window, int slot) {
    Accumulator cell = cells[window][slot];
    if (cell == null) {
      cell = slots.get(slot).bound().newAccumulator();
      cells[window][slot] = cell;
    }
    return cell;
  }

  /** Adds rows {@code [from, to)} (times ascending) to every window that contains them. */
  public void addRows(int slot, long[] times, Column[] arguments, int from, int to) {
    if (from >= to) {
      return;
    }
    long first = times[from];
    long last = times[to - 1];
    for (int w = windows.firstEndingAtOrAfter(first); w < windows.count() && windows.start(w) <= last; w++) {
      int lo = lowerBound(times, from, to, windows.start(w));
      int hi = upperBound(times, lo, to, windows.end(w));
      if (lo < hi) {
        ensure(w, slot).add(times, arguments, lo, hi);
      }
    }
  }

  /**
   * Adds statistics spanning {@code [stats.startTime, stats.endTime]} to every window they touch,
   * when each of those windows holds the whole span.
   *
   * @return false when some window holds only part of the span (then the points must be read)
   */
  public boolean addStatistics(int slot, SeriesStatistics statistics) {
    if (statistics.count() == 0) {
      return true;
    }
    long first = statistics.startTime();
    long last = statistics.endTime();
    int from = windows.firstEndingAtOrAfter(first);
    for (int w = from; w < windows.count() && windows.start(w) <= last; w++) {
      if (windows.start(w) > first || windows.end(w) < last) {
        return false;
      }
    }
    for (int w = from; w < windows.count() && windows.start(w) <= last; w++) {
      ensure(w, slot).addStatistics(statistics);
    }
    return true;
  }

  /** Whether statistics of this span could be used (see {@link #addStatistics}). */
  public boolean fitsOneWindowEach(long first, long last) {
    for (int w = windows.firstEndingAtOrAfter(first); w < windows.count() && windows.start(w) <= last; w++) {
      if (windows.start(w) > first || windows.end(w) < last) {
        return false;
      }
    }
    return true;
  }

  private static int lowerBound(long[] times, int from, int to, long key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index in {@code [from, to)} whose time is after {@code key}. */
  private static int upperBound(long[] times, int from, int to, long key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The results: one row per window (times are the windows' shown times), one column per slot. */
  public Block results() {
    List<Column> columns = new ArrayList<>();
    for (int s = 0; s < slots.size(); s++) {
      DataType type = slots.get(s).bound().outputType();
      ColumnBuilder builder = new ColumnBuilder(type, windows.count());
      Accumulator empty = null;
      for (int w = 0; w < windows.count(); w++) {
        Accumulator cell = cells[w][s];
        if (cell == null) {
          if (empty == null) {
            empty = slots.get(s).bound().newAccumulator();
          }
          cell = empty;
        }
        builder.appendBoxed(cell.result());
      }
      columns.add(builder.build());
    }
    return new Block(windows.shownTimes(), columns, windows.count());
  }

  /**
   * Results of groups of slots merged together (GROUP BY LEVEL / TAGS): column {@code g} merges
   * the slots {@code groups.get(g)}, which share one bound aggregate kind.
   */
  public Block mergedResults(List<List<Integer>> groups) {
    List<Column> columns = new ArrayList<>();
    for (List<Integer> group : groups) {
      AggregateSlot first = slots.get(group.get(0));
      ColumnBuilder builder = new ColumnBuilder(first.bound().outputType(), windows.count());
      for (int w = 0; w < windows.count(); w++) {
        Accumulator merged = first.bound().newAccumulator();
        for (int member : group) {
          Accumulator cell = cells[w][member];
          if (cell != null) {
            merged.merge(cell);
          }
        }
        builder.appendBoxed(merged.result());
      }
      columns.add(builder.build());
    }
    return new Block(windows.shownTimes(), columns, windows.count());
  }
}
