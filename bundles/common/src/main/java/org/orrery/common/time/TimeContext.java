package org.orrery.common.time;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What resolving a time point needs: the session's zone (for datetimes written without one and
 * for month arithmetic), the timestamp precision, and the clock that {@code now()} reads. The
 * caller supplies it; the parser never reads a global clock or configuration.
 */
public final class TimeContext {
  private final ZoneId zone;
  private final TimestampPrecision precision;
  private final Clock clock;

  public TimeContext(ZoneId zone, TimestampPrecision precision, Clock clock) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.precision = Objects.requireNonNull(precision, "precision");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ZoneId zone() {
    return zone;
  }

  public TimestampPrecision precision() {
    return precision;
  }

  public Clock clock() {
    return clock;
  }

  /** The value of {@code now()}: the clock's time in this precision. */
  public long now() {
    return precision.now(clock);
  }
}
