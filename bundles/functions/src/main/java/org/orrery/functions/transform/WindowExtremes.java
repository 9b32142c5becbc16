package org.orrery.functions.transform;

import java.util.Arrays;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;

/**
 * The M4 points of a row range of a window: the first, the last, the one with the smallest and
 * the one with the largest value (the earliest on ties), sorted by time without duplicates.
 * Whole inputs compare as {@code long}, so INT64 values beyond 2^53 keep their order.
 */
final class WindowExtremes {
  private WindowExtremes() {}

  /**
   * Outputs the M4 points of rows {@code [from, to)} of {@code window}, choosing the bottom and
   * top among rows {@code [extremesFrom, extremesTo)}, skipping points not later than
   * {@code after} (already output by an overlapping window); nothing for an empty range.
   *
   * @return the time of the last point output, or {@code after} when none was
   */
  static long output(RowWindow window, int from, int to, int extremesFrom, int extremesTo,
      long after, PointCollector collector) {
    if (from >= to) {
      return after;
    }
    int[] chosen = new int[4];
    int count = 0;
    chosen[count++] = from;
    chosen[count++] = to - 1;
    if (extremesFrom < extremesTo) {
      int bottom = extremesFrom;
      int top = extremesFrom;
      for (int i = extremesFrom + 1; i < extremesTo; i++) {
        if (compare(window, i, bottom) < 0) {
          bottom = i;
        }
        if (compare(window, i, top) > 0) {
          top = i;
        }
      }
      chosen[count++] = bottom;
      chosen[count++] = top;
    }
    int[] rows = Arrays.stream(chosen, 0, count).sorted().distinct().toArray();
    long last = after;
    for (int row : rows) {
      long time = window.getRow(row).getTime();
      if (time > last) {
        InputValues.copy(collector, time, window.getRow(row), 0);
        last = time;
      }
    }
    return last;
  }

  /** The order of the values of rows {@code a} and {@code b} of a numeric window. */
  static int compare(RowWindow window, int a, int b) {
    switch (window.getDataType(0)) {
      case INT32:
        return Integer.compare(window.getRow(a).getInt(0), window.getRow(b).getInt(0));
      case INT64:
        return Long.compare(window.getRow(a).getLong(0), window.getRow(b).getLong(0));
      default:
        return Double.compare(
            InputValues.doubleOf(window.getRow(a), 0), InputValues.doubleOf(window.getRow(b), 0));
    }
  }
}
