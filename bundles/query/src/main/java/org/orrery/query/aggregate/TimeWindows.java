package org.orrery.query.aggregate;

import java.util.Arrays;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.time.TimeContext;
import org.orrery.common.time.TimeDuration;
import org.orrery.sql.ast.TimeRange;
import org.orrery.sql.ast.query.TimeWindow;

/**
 * The windows of an aggregation, as closed intervals {@code [start, end]} in ascending order,
 * with the time each window shows: its start for {@code [s, e)} ranges, its end for
 * {@code (s, e]} ranges, as IoTDB prints them. Windows start at {@code s + k * step} (calendar
 * months follow natural months) and are cut at the end of the range (paper §5.4.4).
 */
public final class TimeWindows {
  /** More windows than this is taken for a mistake in the statement. */
  public static final int MAX_WINDOWS = 10_000_000;

  private final long[] starts;
  private final long[] ends;
  private final long[] shown;
  private final boolean timed;

  private TimeWindows(long[] starts, long[] ends, long[] shown, boolean timed) {
    this.starts = starts;
    this.ends = ends;
    this.shown = shown;
    this.timed = timed;
  }

  /** One window over everything: aggregation without GROUP BY time. */
  public static TimeWindows whole() {
    return new TimeWindows(new long[] {Long.MIN_VALUE}, new long[] {Long.MAX_VALUE}, new long[] {0}, false);
  }

  public static TimeWindows of(TimeWindow window, TimeContext context) {
    TimeRange range = window.range().orElseThrow(() -> new OrreryException(ErrorCode.SEMANTIC_ERROR,
        "GROUP BY time needs a time range, e.g. GROUP BY ([start, end), " + window.interval() + ")"));
    long start = range.start().resolve(context);
    long end = range.end().resolve(context);
    if (end <= start) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "the GROUP BY range ends (" + end + ") before it starts (" + start + ")");
    }
    TimeDuration interval = window.interval();
    TimeDuration step = window.step().orElse(interval);
    if (interval.isZero() || interval.isNegative() || step.isZero() || step.isNegative()) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "GROUP BY interval " + interval + " and step " + step + " must be positive");
    }
    boolean leftClosed = range.startInclusive();
    long[] starts = new long[16];
    long[] ends = new long[16];
    long[] shown = new long[16];
    int n = 0;
    for (long k = 0; ; k++) {
      long windowStart = step.hasMonths()
          ? TimeDuration.of(step.months() * k, step.nanos() * k).addTo(start, context.precision(), context.zone())
          : start + k * step.toUnits(context.precision());
      if (windowStart >= end) {
        break;
      }
      long windowEnd = Math.min(end, interval.addTo(windowStart, context.precision(), context.zone()));
      if (n == starts.length) {
        if (n >= MAX_WINDOWS) {
          throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
              "GROUP BY makes more than " + MAX_WINDOWS + " windows; use a longer interval");
        }
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
        shown = Arrays.copyOf(shown, n * 2);
      }
      // [a, b) holds a..b-1; (a, b] holds a+1..b.
      starts[n] = leftClosed ? windowStart : windowStart + 1;
      ends[n] = leftClosed ? windowEnd - 1 : windowEnd;
      shown[n] = leftClosed ? windowStart : windowEnd;
      n++;
    }
    return new TimeWindows(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), Arrays.copyOf(shown, n), true);
  }

  /**
   * Windows made of the given row segments (GROUP BY VARIATION, CONDITION, SESSION, COUNT):
   * each spans its first to its last row and shows its first row's time.
   */
  public static TimeWindows ofSegments(long[] starts, long[] ends) {
    return new TimeWindows(starts.clone(), ends.clone(), starts.clone(), true);
  }

  public int count() {
    return starts.length;
  }

  /** Whether the result shows a time column (false for aggregation over everything). */
  public boolean timed() {
    return timed;
  }

  public long start(int window) {
    return starts[window];
  }

  public long end(int window) {
    return ends[window];
  }

  public long shownTime(int window) {
    return shown[window];
  }

  public long[] shownTimes() {
    return shown.clone();
  }

  /** Smallest covered time (only meaningful when timed). */
  public long first() {
    return starts.length == 0 ? Long.MAX_VALUE : starts[0];
  }

  /** Largest covered time. */
  public long last() {
    long max = Long.MIN_VALUE;
    for (long end : ends) {
      max = Math.max(max, end);
    }
    return max;
  }

  /** The first window whose end is not before {@code time}. */
  public int firstEndingAtOrAfter(long time) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
