package org.orrery.common.time;

/**
 * Units of a duration literal, as IoTDB defines them: a year is 365 days, a week 7 days; a month
 * is a calendar month (GROUP BY windows follow natural months) and counts as 30 days wherever a
 * fixed length is needed.
 */
public enum DurationUnit {
  YEAR("y", 0, 365L * 86_400_000_000_000L),
  MONTH("mo", 1, 0),
  WEEK("w", 0, 7L * 86_400_000_000_000L),
  DAY("d", 0, 86_400_000_000_000L),
  HOUR("h", 0, 3_600_000_000_000L),
  MINUTE("m", 0, 60_000_000_000L),
  SECOND("s", 0, 1_000_000_000L),
  MILLISECOND("ms", 0, 1_000_000L),
  MICROSECOND("us", 0, 1_000L),
  NANOSECOND("ns", 0, 1L);

  private final String symbol;
  private final int months;
  private final long nanos;

  DurationUnit(String symbol, int months, long nanos) {
    this.symbol = symbol;
    this.months = months;
    this.nanos = nanos;
  }

  public String symbol() {
    return symbol;
  }

  /** Calendar months in one unit (1 for {@link #MONTH}, else 0). */
  public int months() {
    return months;
  }

  /** Fixed nanoseconds in one unit (0 for {@link #MONTH}). */
  public long nanos() {
    return nanos;
  }

  /** The unit with the given symbol, case-insensitive, or null. */
  public static DurationUnit fromSymbol(String symbol) {
    for (DurationUnit unit : values()) {
      if (unit.symbol.equalsIgnoreCase(symbol)) {
        return unit;
      }
    }
    return null;
  }

  /** "y, mo, w, d, h, m, s, ms, us, ns" for error messages. */
  public static String symbols() {
    StringBuilder text = new StringBuilder();
    for (DurationUnit unit : values()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(unit.symbol);
    }
    return text.toString();
  }
}
