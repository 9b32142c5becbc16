package org.orrery.common.time;

import java.time.Clock;
import java.time.Instant;

/**
 * The unit of stored timestamps (IoTDB's {@code timestamp_precision}): milliseconds by default,
 * or micro- or nanoseconds. A timestamp is a signed count of these units since the epoch.
 */
public enum TimestampPrecision {
  MILLISECONDS("ms", 1_000_000L),
  MICROSECONDS("us", 1_000L),
  NANOSECONDS("ns", 1L);

  /** The precision used when none is configured. */
  public static final TimestampPrecision DEFAULT = MILLISECONDS;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final String symbol;
  private final long nanosPerUnit;

  TimestampPrecision(String symbol, long nanosPerUnit) {
    this.symbol = symbol;
    this.nanosPerUnit = nanosPerUnit;
  }

  /** The configuration name: {@code ms}, {@code us} or {@code ns}. */
  public String symbol() {
    return symbol;
  }

  public long nanosPerUnit() {
    return nanosPerUnit;
  }

  public long unitsPerSecond() {
    return NANOS_PER_SECOND / nanosPerUnit;
  }

  /**
   * The precision with the given configuration name, case-insensitive.
   *
   * @throws TimeParseException naming the text when it is not ms, us or ns
   */
  public static TimestampPrecision fromSymbol(String text) {
    for (TimestampPrecision precision : values()) {
      if (precision.symbol.equalsIgnoreCase(text.trim())) {
        return precision;
      }
    }
    throw new TimeParseException(
        text, "unknown timestamp precision '" + text + "' (expected ms, us or ns)");
  }

  /**
   * The timestamp of an instant in this precision.
   *
   * @throws TimeParseException when the instant is finer than this precision or out of range
   */
  public long fromInstant(Instant instant, String source) {
    long nanos = instant.getNano();
    if (nanos % nanosPerUnit != 0) {
      throw new TimeParseException(
          source, "'" + source + "' is more precise than the timestamp precision " + symbol);
    }
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), unitsPerSecond()), nanos / nanosPerUnit);
    } catch (ArithmeticException e) {
      throw new TimeParseException(
          source, "'" + source + "' is out of range for timestamp precision " + symbol);
    }
  }

  /** The instant of a timestamp in this precision. */
  public Instant toInstant(long timestamp) {
    long seconds = Math.floorDiv(timestamp, unitsPerSecond());
    long units = Math.floorMod(timestamp, unitsPerSecond());
    return Instant.ofEpochSecond(seconds, units * nanosPerUnit);
  }

  /** The current time of {@code clock}, truncated to this precision. */
  public long now(Clock clock) {
    Instant instant = clock.instant();
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), unitsPerSecond()),
        instant.getNano() / nanosPerUnit);
  }
}
