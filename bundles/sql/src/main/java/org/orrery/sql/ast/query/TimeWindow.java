package org.orrery.sql.ast.query;

import java.util.Objects;
import java.util.Optional;
import org.orrery.common.time.TimeDuration;
import org.orrery.sql.ast.TimeRange;

/**
 * {@code GROUP BY ([start, end), interval[, step])}; in a continuous query the range is left out
 * ({@code GROUP BY(10s)}). A month interval follows natural months.
 *
 * @param step sliding step; the interval when absent
 */
public record TimeWindow(
    Optional<TimeRange> range,
    TimeDuration interval,
    Optional<TimeDuration> step) implements WindowGrouping {
  public TimeWindow {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(step, "step");
  }
}
