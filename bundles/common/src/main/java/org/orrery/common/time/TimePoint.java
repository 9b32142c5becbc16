package org.orrery.common.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A point in time as a statement writes it: an epoch timestamp ({@code 1509465600000}), a
 * datetime ({@code 2017-11-01T00:00:00}) or {@code now()}, followed by any number of
 * {@code + duration} / {@code - duration} offsets. It stays symbolic until {@link #resolve}.
 */
public final class TimePoint {
  /** What the point starts from. */
  public enum Base {
    EPOCH,
    DATETIME,
    NOW
  }

  /** One {@code + duration} or {@code - duration} step. */
  public static final class Offset {
    private final boolean subtract;
    private final TimeDuration duration;

    public Offset(boolean subtract, TimeDuration duration) {
      this.subtract = subtract;
      this.duration = Objects.requireNonNull(duration, "duration");
    }

    public boolean subtract() {
      return subtract;
    }

    public TimeDuration duration() {
      return duration;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Offset
          && subtract == ((Offset) other).subtract
          && duration.equals(((Offset) other).duration);
    }

    @Override
    public int hashCode() {
      return duration.hashCode() * 2 + (subtract ? 1 : 0);
    }

    @Override
    public String toString() {
      return (subtract ? " - " : " + ") + duration;
    }
  }

  private final Base base;
  private final long epoch;
  private final DateTimeLiteral dateTime;
  private final List<Offset> offsets;

  private TimePoint(Base base, long epoch, DateTimeLiteral dateTime, List<Offset> offsets) {
    this.base = base;
    this.epoch = epoch;
    this.dateTime = dateTime;
    this.offsets = offsets;
  }

  /** A timestamp already in the precision's units. */
  public static TimePoint ofEpoch(long timestamp) {
    return new TimePoint(Base.EPOCH, timestamp, null, List.of());
  }

  public static TimePoint ofDateTime(DateTimeLiteral dateTime) {
    return new TimePoint(Base.DATETIME, 0, Objects.requireNonNull(dateTime), List.of());
  }

  /** {@code now()}, read from the caller's clock at resolution. */
  public static TimePoint now() {
    return new TimePoint(Base.NOW, 0, null, List.of());
  }

  public TimePoint plus(TimeDuration duration) {
    return withOffset(new Offset(false, duration));
  }

  public TimePoint minus(TimeDuration duration) {
    return withOffset(new Offset(true, duration));
  }

  private TimePoint withOffset(Offset offset) {
    List<Offset> longer = new ArrayList<>(offsets);
    longer.add(offset);
    return new TimePoint(base, epoch, dateTime, Collections.unmodifiableList(longer));
  }

  public Base base() {
    return base;
  }

  /** The epoch timestamp of an {@link Base#EPOCH} point. */
  public long epoch() {
    return epoch;
  }

  /** The datetime of a {@link Base#DATETIME} point, else null. */
  public DateTimeLiteral dateTime() {
    return dateTime;
  }

  public List<Offset> offsets() {
    return offsets;
  }

  /** True when the value depends on when it is resolved. */
  public boolean isRelativeToNow() {
    return base == Base.NOW;
  }

  /** The timestamp in the context's precision, with offsets applied left to right. */
  public long resolve(TimeContext context) {
    long value;
    switch (base) {
      case NOW:
        value = context.now();
        break;
      case DATETIME:
        value = dateTime.toTimestamp(context.zone(), context.precision());
        break;
      default:
        value = epoch;
        break;
    }
    for (Offset offset : offsets) {
      TimeDuration step = offset.subtract ? offset.duration.negated() : offset.duration;
      value = step.addTo(value, context.precision(), context.zone());
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TimePoint)) {
      return false;
    }
    TimePoint that = (TimePoint) other;
    return base == that.base
        && epoch == that.epoch
        && Objects.equals(dateTime, that.dateTime)
        && offsets.equals(that.offsets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, epoch, dateTime, offsets);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    switch (base) {
      case NOW:
        text.append("now()");
        break;
      case DATETIME:
        text.append(dateTime.text());
        break;
      default:
        text.append(epoch);
        break;
    }
    offsets.forEach(text::append);
    return text.toString();
  }
}
