package org.orrery.engine.storage;

/**
 * A closed time interval {@code [start, end]}. {@code Long.MIN_VALUE}/{@code Long.MAX_VALUE} stand
 * for unbounded ends.
 */
public record TimeInterval(long start, long end) {
  public static final TimeInterval ALL = new TimeInterval(Long.MIN_VALUE, Long.MAX_VALUE);

  public TimeInterval {
    if (start > end) {
      throw new IllegalArgumentException("empty time interval [" + start + ", " + end + "]");
    }
  }

  public boolean contains(long time) {
    return time >= start && time <= end;
  }

  public boolean overlaps(long from, long to) {
    return from <= end && to >= start;
  }

  /** Whether {@code [from, to]} lies entirely inside this interval. */
  public boolean covers(long from, long to) {
    return from >= start && to <= end;
  }
}
