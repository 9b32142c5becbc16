package org.orrery.query.aggregate;

import java.util.Arrays;
import org.orrery.common.block.Column;
import org.orrery.query.block.Values;
import org.orrery.sql.ast.query.KeepCondition;

/**
 * Cuts rows (times ascending) into the segments of GROUP BY VARIATION, CONDITION, SESSION and
 * COUNT; each segment becomes a window spanning its first to its last row.
 */
public final class Segmenter {
  private long[] starts = new long[16];
  private long[] ends = new long[16];
  private int count;

  private void add(long start, long end) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  private TimeWindows windows() {
    return TimeWindows.ofSegments(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
  }

  /**
   * A new segment starts when the control value moves more than {@code delta} away from the
   * first value of the segment. With {@code ignoreNull} null rows stay in the current segment;
   * otherwise consecutive nulls form segments of their own.
   */
  public static TimeWindows variation(long[] times, Column control, int rows, double delta, boolean ignoreNull) {
    Segmenter out = new Segmenter();
    int start = -1;
    int first = -1; // row holding the segment's first value; -1 for a segment of nulls
    for (int i = 0; i < rows; i++) {
      boolean isNull = control.isNull(i);
      if (start < 0) {
        start = i;
        first = isNull ? -1 : i;
        continue;
      }
      boolean split;
      if (isNull) {
        split = !ignoreNull && first >= 0;
      } else if (first < 0) {
        split = !ignoreNull;
        if (ignoreNull) {
          first = i;
        }
      } else {
        split = !close(control, i, first, delta);
      }
      if (split) {
        out.add(times[start], times[i - 1]);
        start = i;
        first = isNull ? -1 : i;
      }
    }
    if (start >= 0) {
      out.add(times[start], times[rows - 1]);
    }
    return out.windows();
  }

  private static boolean close(Column control, int row, int first, double delta) {
    if (control.type().isNumeric()) {
      return Math.abs(Values.asDouble(control, row) - Values.asDouble(control, first)) <= delta;
    }
    return java.util.Objects.deepEquals(control.get(row), control.get(first));
  }

  /**
   * Runs of consecutive rows where the predicate holds, kept when the number of rows satisfies
   * {@code keep}. A null predicate ends the run unless {@code ignoreNull}.
   */
  public static TimeWindows condition(long[] times, Column predicate, int rows, KeepCondition keep, boolean ignoreNull) {
    Segmenter out = new Segmenter();
    int start = -1;
    int last = -1;
    long size = 0;
    for (int i = 0; i <= rows; i++) {
      boolean end = i == rows;
      boolean holds = false;
      if (!end) {
        if (predicate.isNull(i)) {
          if (ignoreNull) {
            continue;
          }
        } else {
          holds = predicate.booleans()[i];
        }
      }
      if (holds) {
        if (start < 0) {
          start = i;
          size = 0;
        }
        last = i;
        size++;
      } else if (start >= 0) {
        if (keeps(keep, size)) {
          out.add(times[start], times[last]);
        }
        start = -1;
      }
    }
    return out.windows();
  }

  private static boolean keeps(KeepCondition keep, long size) {
    long n = keep.threshold();
    return switch (keep.operator()) {
      case GREATER_OR_EQUAL -> size >= n;
      case GREATER_THAN -> size > n;
      case LESS_OR_EQUAL -> size <= n;
      case LESS_THAN -> size < n;
      case EQUAL -> size == n;
      case NOT_EQUAL -> size != n;
      default -> throw new IllegalStateException("not a comparison: " + keep.operator());
    };
  }

  /** A new segment starts after a gap of more than {@code gap} between consecutive rows. */
  public static TimeWindows session(long[] times, int rows, long gap) {
    Segmenter out = new Segmenter();
    int start = 0;
    for (int i = 1; i <= rows; i++) {
      if (i == rows || times[i] - times[i - 1] > gap) {
        if (rows > 0) {
          out.add(times[start], times[i - 1]);
        }
        start = i;
      }
    }
    return out.windows();
  }

  /**
   * Segments of {@code size} rows; with {@code ignoreNull} only rows whose control value is not
   * null count. The last segment may be shorter.
   */
  public static TimeWindows count(long[] times, Column control, int rows, long size, boolean ignoreNull) {
    Segmenter out = new Segmenter();
    int start = -1;
    int last = -1;
    long counted = 0;
    for (int i = 0; i < rows; i++) {
      if (ignoreNull && control.isNull(i)) {
        continue;
      }
      if (start < 0) {
        start = i;
        counted = 0;
      }
      last = i;
      counted++;
      if (counted == size) {
        out.add(times[start], times[last]);
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(times[start], times[last]);
    }
    return out.windows();
  }
}
