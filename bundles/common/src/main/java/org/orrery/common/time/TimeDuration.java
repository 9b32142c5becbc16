package org.orrery.common.time;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A duration such as {@code 1d2h}, {@code 1mo} or {@code 500ms}: a number of calendar months
 * plus a fixed number of nanoseconds. Months stay separate because GROUP BY windows and time
 * arithmetic on a zone follow natural months.
 */
public final class TimeDuration {
  /** How many days a month counts for when a fixed length is needed (IoTDB: 1mo = 30 days). */
  public static final long DAYS_PER_FIXED_MONTH = 30;

  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private final long months;
  private final long nanos;

  private TimeDuration(long months, long nanos) {
    this.months = months;
    this.nanos = nanos;
  }

  /** A duration of months and nanoseconds; both must have the same sign. */
  public static TimeDuration of(long months, long nanos) {
    if ((months < 0 && nanos > 0) || (months > 0 && nanos < 0)) {
      throw new IllegalArgumentException(
          "months " + months + " and nanos " + nanos + " have different signs");
    }
    return new TimeDuration(months, nanos);
  }

  /** {@code amount} of {@code unit}. */
  public static TimeDuration of(long amount, DurationUnit unit) {
    try {
      return new TimeDuration(
          Math.multiplyExact(amount, unit.months()), Math.multiplyExact(amount, unit.nanos()));
    } catch (ArithmeticException e) {
      throw new TimeParseException(
          amount + unit.symbol(), "duration " + amount + unit.symbol() + " is out of range");
    }
  }

  /**
   * Parses one or more {@code <digits><unit>} groups, e.g. {@code 1d2h30m}; units are
   * case-insensitive.
   *
   * @throws TimeParseException naming the text and the problem
   */
  public static TimeDuration parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new TimeParseException(String.valueOf(text), "empty duration");
    }
    long months = 0;
    long nanos = 0;
    int i = 0;
    int n = text.length();
    try {
      while (i < n) {
        int digitsStart = i;
        while (i < n && isAsciiDigit(text.charAt(i))) {
          i++;
        }
        if (i == digitsStart) {
          throw new TimeParseException(
              text, "duration '" + text + "' needs a number before '" + text.charAt(i) + "'");
        }
        int unitStart = i;
        while (i < n && isAsciiLetter(text.charAt(i))) {
          i++;
        }
        String symbol = text.substring(unitStart, i);
        if (symbol.isEmpty()) {
          throw new TimeParseException(
              text,
              "duration '" + text + "' needs a unit after " + text.substring(digitsStart, i)
                  + " (one of " + DurationUnit.symbols() + ")");
        }
        DurationUnit unit = DurationUnit.fromSymbol(symbol);
        if (unit == null) {
          throw new TimeParseException(
              text,
              "unknown unit '" + symbol + "' in duration '" + text + "' (expected one of "
                  + DurationUnit.symbols() + ")");
        }
        long amount = Long.parseLong(text.substring(digitsStart, unitStart));
        months = Math.addExact(months, Math.multiplyExact(amount, unit.months()));
        nanos = Math.addExact(nanos, Math.multiplyExact(amount, unit.nanos()));
      }
    } catch (NumberFormatException | ArithmeticException e) {
      throw new TimeParseException(text, "duration '" + text + "' is out of range");
    }
    return new TimeDuration(months, nanos);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  public long months() {
    return months;
  }

  public long nanos() {
    return nanos;
  }

  /** True when the duration has a month part, whose length depends on the calendar. */
  public boolean hasMonths() {
    return months != 0;
  }

  public boolean isZero() {
    return months == 0 && nanos == 0;
  }

  public boolean isNegative() {
    return months < 0 || nanos < 0;
  }

  public TimeDuration negated() {
    return new TimeDuration(Math.negateExact(months), Math.negateExact(nanos));
  }

  /** Total nanoseconds, counting each month as {@value #DAYS_PER_FIXED_MONTH} days. */
  public long fixedNanos() {
    try {
      return Math.addExact(
          Math.multiplyExact(months, DAYS_PER_FIXED_MONTH * NANOS_PER_DAY), nanos);
    } catch (ArithmeticException e) {
      throw new TimeParseException(toString(), "duration " + this + " is out of range");
    }
  }

  /**
   * The fixed length in units of {@code precision} (months as 30 days).
   *
   * @throws TimeParseException when the duration is not a whole number of those units
   */
  public long toUnits(TimestampPrecision precision) {
    long total = fixedNanos();
    if (total % precision.nanosPerUnit() != 0) {
      throw new TimeParseException(
          toString(),
          "duration " + this + " is not a whole number of " + precision.symbol()
              + " (the timestamp precision)");
    }
    return total / precision.nanosPerUnit();
  }

  /**
   * {@code timestamp} moved by this duration: months along the calendar of {@code zone}
   * (2017-01-31 + 1mo = 2017-02-28), the rest as a fixed length.
   */
  public long addTo(long timestamp, TimestampPrecision precision, ZoneId zone) {
    if (months == 0) {
      try {
        return Math.addExact(timestamp, toUnits(precision));
      } catch (ArithmeticException e) {
        throw new TimeParseException(toString(), "timestamp " + timestamp + " + " + this
            + " is out of range");
      }
    }
    ZonedDateTime moved =
        ZonedDateTime.ofInstant(precision.toInstant(timestamp), zone)
            .plusMonths(months)
            .plusNanos(nanos);
    return precision.fromInstant(moved.toInstant(), timestamp + " + " + this);
  }

  /** The canonical form, e.g. {@code 1mo2d3h}; a zero duration is {@code 0ms}. */
  @Override
  public String toString() {
    if (isZero()) {
      return "0ms";
    }
    StringBuilder text = new StringBuilder();
    if (isNegative()) {
      text.append('-');
    }
    if (months != 0) {
      text.append(Math.abs(months)).append(DurationUnit.MONTH.symbol());
    }
    long rest = Math.abs(nanos);
    DurationUnit[] units = {
      DurationUnit.DAY, DurationUnit.HOUR, DurationUnit.MINUTE, DurationUnit.SECOND,
      DurationUnit.MILLISECOND, DurationUnit.MICROSECOND, DurationUnit.NANOSECOND
    };
    for (DurationUnit unit : units) {
      long amount = rest / unit.nanos();
      if (amount > 0) {
        text.append(amount).append(unit.symbol());
        rest -= amount * unit.nanos();
      }
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TimeDuration)) {
      return false;
    }
    TimeDuration that = (TimeDuration) other;
    return months == that.months && nanos == that.nanos;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(months) * 31 + Long.hashCode(nanos);
  }
}
