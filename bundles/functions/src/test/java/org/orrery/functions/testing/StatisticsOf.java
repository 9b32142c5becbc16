package org.orrery.functions.testing;

import org.orrery.common.block.Column;
import org.orrery.engine.storage.SeriesStatistics;

/**
 * Statistics of a stretch of points computed the plain way, as the storage engine would keep
 * them for a page or chunk: a test double of that computation.
 */
public final class StatisticsOf {
  private StatisticsOf() {}

  /** Statistics of the non-null values of rows {@code [from, to)}; null when there are none. */
  public static SeriesStatistics rows(long[] times, Column values, int from, int to) {
    long count = 0;
    long start = 0;
    long end = 0;
    Object first = null;
    Object last = null;
    Object min = null;
    Object max = null;
    double sum = values.type().isNumeric() ? 0 : Double.NaN;
    for (int i = from; i < to; i++) {
      if (values.isNull(i)) {
        continue;
      }
      Object value = values.get(i);
      if (count == 0) {
        start = times[i];
        first = value;
      }
      end = times[i];
      last = value;
      count++;
      if (values.type().isNumeric()) {
        double number = ((Number) value).doubleValue();
        sum += number;
        if (min == null || compare(value, min) < 0) {
          min = value;
        }
        if (max == null || compare(value, max) > 0) {
          max = value;
        }
      }
    }
    return count == 0 ? null
        : new SeriesStatistics(values.type(), count, start, end, first, last, min, max, sum);
  }

  @SuppressWarnings("unchecked")
  private static int compare(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }
}
