package org.orrery.storage.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * Joins the points of several series of a device on time into a block: one row per distinct
 * time (ascending or descending), null where a series has no point at that time. Points read
 * without values ({@link SeriesPoints#hasValues()} false) get {@link PlaceholderValues}: their
 * null flags are exact, their values unspecified.
 */
public final class RowAssembler {
  private RowAssembler() {}

  public static Block assemble(SeriesPoints[] series, boolean ascending) {
    if (series.length == 1) {
      return single(series[0], ascending);
    }
    int total = 0;
    for (SeriesPoints s : series) {
      total += s.size();
    }
    long[] times = new long[total];
    int rows = unionTimes(series, times);
    List<Column> columns = new ArrayList<>(series.length);
    for (SeriesPoints s : series) {
      columns.add(align(s, times, rows, ascending));
    }
    long[] outTimes = ascending ? Arrays.copyOf(times, rows) : reversed(times, rows);
    return new Block(outTimes, columns, rows);
  }

  /**
   * One series: its arrays become the block's as they are (points are immutable), reversed if
   * descending. A longer times array is trimmed for blocks with values; times-only blocks keep it
   * (their one consumer, an aggregation, reads {@code rowCount} rows), as it may be a reused buffer.
   */
  private static Block single(SeriesPoints s, boolean ascending) {
    int rows = s.size();
    long[] times = ascending
        ? (s.times().length == rows || !s.hasValues() ? s.times() : Arrays.copyOf(s.times(), rows))
        : reversed(s.times(), rows);
    return new Block(times, List.of(whole(s, rows, ascending)), rows);
  }

  /** A column of a series that has a point in every row. */
  private static Column whole(SeriesPoints s, int rows, boolean ascending) {
    if (!s.hasValues()) {
      return new Column(s.type(), PlaceholderValues.of(s.type(), rows), null, rows);
    }
    Object values = s.values();
    if (!ascending) {
      boolean[] all = new boolean[rows];
      Arrays.fill(all, true);
      values = Gather.scatter(s.type(), values, all, rows, true);
    }
    return new Column(s.type(), values, null, rows);
  }

  private static long[] reversed(long[] times, int rows) {
    long[] out = new long[rows];
    for (int r = 0; r < rows; r++) {
      out[r] = times[rows - 1 - r];
    }
    return out;
  }

  private static int unionTimes(SeriesPoints[] series, long[] out) {
    int[] pos = new int[series.length];
    int n = 0;
    while (true) {
      long min = Long.MAX_VALUE;
      boolean any = false;
      for (int k = 0; k < series.length; k++) {
        if (pos[k] < series[k].size()) {
          long t = series[k].times()[pos[k]];
          if (!any || t < min) {
            min = t;
            any = true;
          }
        }
      }
      if (!any) {
        return n;
      }
      out[n++] = min;
      for (int k = 0; k < series.length; k++) {
        if (pos[k] < series[k].size() && series[k].times()[pos[k]] == min) {
          pos[k]++;
        }
      }
    }
  }

  private static Column align(SeriesPoints s, long[] times, int rows, boolean ascending) {
    if (s.size() == rows) {
      // Its distinct times are a subset of the union's, so it has a point in every row.
      return whole(s, rows, ascending);
    }
    DataType type = s.type();
    boolean[] present = new boolean[rows];
    boolean[] nulls = new boolean[rows];
    int j = 0;
    for (int r = 0; r < rows; r++) {
      if (j < s.size() && s.times()[j] == times[r]) {
        present[r] = true;
        j++;
      } else {
        nulls[ascending ? r : rows - 1 - r] = true;
      }
    }
    Object values = s.hasValues()
        ? Gather.scatter(type, s.values(), present, rows, !ascending)
        : PlaceholderValues.of(type, rows);
    return new Column(type, values, nulls, rows);
  }
}
