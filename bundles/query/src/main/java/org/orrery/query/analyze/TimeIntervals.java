package org.orrery.query.analyze;

import java.util.ArrayList;
import java.util.List;
import org.orrery.engine.storage.TimeInterval;

/**
 * A set of times as sorted, disjoint, non-adjacent closed intervals. Time predicates of WHERE
 * become such a set, which scans receive so that storage skips what lies outside.
 */
public final class TimeIntervals {
  public static final TimeIntervals ALL = new TimeIntervals(List.of(TimeInterval.ALL));
  public static final TimeIntervals NONE = new TimeIntervals(List.of());

  private final List<TimeInterval> intervals;

  private TimeIntervals(List<TimeInterval> intervals) {
    this.intervals = List.copyOf(intervals);
  }

  /** {@code [from, to]}; empty when {@code from > to}. */
  public static TimeIntervals between(long from, long to) {
    return from > to ? NONE : new TimeIntervals(List.of(new TimeInterval(from, to)));
  }

  public static TimeIntervals atLeast(long from) {
    return between(from, Long.MAX_VALUE);
  }

  public static TimeIntervals atMost(long to) {
    return between(Long.MIN_VALUE, to);
  }

  /** Times {@code > t}. */
  public static TimeIntervals greaterThan(long t) {
    return t == Long.MAX_VALUE ? NONE : atLeast(t + 1);
  }

  /** Times {@code < t}. */
  public static TimeIntervals lessThan(long t) {
    return t == Long.MIN_VALUE ? NONE : atMost(t - 1);
  }

  public List<TimeInterval> intervals() {
    return intervals;
  }

  public boolean isEmpty() {
    return intervals.isEmpty();
  }

  public boolean isAll() {
    return intervals.size() == 1 && intervals.get(0).equals(TimeInterval.ALL);
  }

  public boolean contains(long time) {
    for (TimeInterval interval : intervals) {
      if (interval.contains(time)) {
        return true;
      }
    }
    return false;
  }

  /** Smallest time in the set (only when not empty). */
  public long min() {
    return intervals.get(0).start();
  }

  /** Largest time in the set (only when not empty). */
  public long max() {
    return intervals.get(intervals.size() - 1).end();
  }

  public TimeIntervals intersect(TimeIntervals other) {
    List<TimeInterval> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < intervals.size() && j < other.intervals.size()) {
      TimeInterval a = intervals.get(i);
      TimeInterval b = other.intervals.get(j);
      long start = Math.max(a.start(), b.start());
      long end = Math.min(a.end(), b.end());
      if (start <= end) {
        out.add(new TimeInterval(start, end));
      }
      if (a.end() < b.end()) {
        i++;
      } else {
        j++;
      }
    }
    return new TimeIntervals(out);
  }

  public TimeIntervals union(TimeIntervals other) {
    List<TimeInterval> all = new ArrayList<>(intervals);
    all.addAll(other.intervals);
    all.sort((a, b) -> Long.compare(a.start(), b.start()));
    List<TimeInterval> out = new ArrayList<>();
    for (TimeInterval next : all) {
      if (!out.isEmpty()) {
        TimeInterval last = out.get(out.size() - 1);
        if (last.end() == Long.MAX_VALUE || next.start() <= last.end() + 1) {
          out.set(out.size() - 1, new TimeInterval(last.start(), Math.max(last.end(), next.end())));
          continue;
        }
      }
      out.add(next);
    }
    return new TimeIntervals(out);
  }

  public TimeIntervals complement() {
    List<TimeInterval> out = new ArrayList<>();
    long next = Long.MIN_VALUE;
    for (TimeInterval interval : intervals) {
      if (interval.start() > next) {
        out.add(new TimeInterval(next, interval.start() - 1));
      }
      if (interval.end() == Long.MAX_VALUE) {
        return new TimeIntervals(out);
      }
      next = interval.end() + 1;
    }
    out.add(new TimeInterval(next, Long.MAX_VALUE));
    return new TimeIntervals(out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeIntervals that && intervals.equals(that.intervals);
  }

  @Override
  public int hashCode() {
    return intervals.hashCode();
  }

  @Override
  public String toString() {
    return intervals.toString();
  }
}
