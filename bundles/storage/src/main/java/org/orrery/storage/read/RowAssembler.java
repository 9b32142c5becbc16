package org.orrery.storage.read;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;

/**
 * Joins the points of several series of a device on time into a block: one row per distinct
 * time (ascending or descending), null where a series has no point at that time.
 */
public final class RowAssembler {
  private RowAssembler() {}

  public static Block assemble(SeriesPoints[] series, boolean ascending) {
    int total = 0;
    for (SeriesPoints s : series) {
      total += s.size();
    }
    long[] times;
    int rows;
    if (series.length == 1) {
      times = series[0].times();
      rows = series[0].size();
    } else {
      times = new long[total];
      rows = unionTimes(series, times);
    }
    List<Column> columns = new ArrayList<>(series.length);
    for (SeriesPoints s : series) {
      columns.add(align(s, times, rows, ascending));
    }
    long[] outTimes = new long[rows];
    for (int r = 0; r < rows; r++) {
      outTimes[r] = times[ascending ? r : rows - 1 - r];
    }
    return new Block(outTimes, columns, rows);
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
    Object values = Column.newArray(s.type(), rows);
    boolean[] nulls = null;
    int j = 0;
    for (int r = 0; r < rows; r++) {
      int dest = ascending ? r : rows - 1 - r;
      if (j < s.size() && s.times()[j] == times[r]) {
        System.arraycopy(s.values(), j++, values, dest, 1);
      } else {
        if (nulls == null) {
          nulls = new boolean[rows];
        }
        nulls[dest] = true;
      }
    }
    return new Column(s.type(), values, nulls, rows);
  }
}
