package org.orrery.sql.ast;

import java.util.Objects;
import org.orrery.common.time.TimePoint;

/**
 * A time interval of GROUP BY or of a training dataset: {@code [start, end)} includes the start
 * and excludes the end, {@code (start, end]} the reverse.
 *
 * @param start first bound as written
 * @param end second bound as written
 * @param startInclusive true for {@code [start, ...}
 * @param endInclusive true for {@code ..., end]}
 */
public record TimeRange(
    TimePoint start,
    TimePoint end,
    boolean startInclusive,
    boolean endInclusive) {
  public TimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** {@code [start, end)}, the common form. */
  public static TimeRange closedOpen(TimePoint start, TimePoint end) {
    return new TimeRange(start, end, true, false);
  }

  /** {@code (start, end]}. */
  public static TimeRange openClosed(TimePoint start, TimePoint end) {
    return new TimeRange(start, end, false, true);
  }
}
