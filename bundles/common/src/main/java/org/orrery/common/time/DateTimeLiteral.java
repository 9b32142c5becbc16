package org.orrery.common.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A datetime as written in a statement, kept with its optional zone so that the caller resolves
 * it with the session's zone and timestamp precision.
 *
 * <p>Accepted forms: a date {@code yyyy-MM-dd}, {@code yyyy/MM/dd} or {@code yyyy.MM.dd}
 * (month and day may have one digit), optionally followed by {@code T} or spaces and a time
 * {@code HH:mm:ss} with up to nine fraction digits, optionally followed by a zone {@code Z},
 * {@code +HH:mm}, {@code +HHmm} or {@code +HH}. A date alone means midnight.
 */
public final class DateTimeLiteral {
  private final String text;
  private final LocalDateTime localDateTime;
  private final ZoneOffset offset;

  private DateTimeLiteral(String text, LocalDateTime localDateTime, ZoneOffset offset) {
    this.text = text;
    this.localDateTime = localDateTime;
    this.offset = offset;
  }

  /**
   * Parses a datetime literal.
   *
   * @throws TimeParseException naming the text when it is malformed or not a real date/time
   */
  public static DateTimeLiteral parse(String text) {
    return new Reader(text).read();
  }

  /** The text as written. */
  public String text() {
    return text;
  }

  public LocalDateTime localDateTime() {
    return localDateTime;
  }

  /** The zone written in the literal, if any. */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /**
   * The timestamp in {@code precision} units; a literal without zone is read in {@code zone}.
   *
   * @throws TimeParseException when the literal is finer than the precision or out of its range
   */
  public long toTimestamp(ZoneId zone, TimestampPrecision precision) {
    ZoneId effective = offset != null ? offset : zone;
    return precision.fromInstant(localDateTime.atZone(effective).toInstant(), text);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DateTimeLiteral)) {
      return false;
    }
    DateTimeLiteral that = (DateTimeLiteral) other;
    return localDateTime.equals(that.localDateTime) && Objects.equals(offset, that.offset);
  }

  @Override
  public int hashCode() {
    return localDateTime.hashCode() * 31 + Objects.hashCode(offset);
  }

  @Override
  public String toString() {
    return text;
  }

  /** A hand-written scanner: the accepted forms are few and the errors should say which part. */
  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text == null ? "" : text;
    }

    DateTimeLiteral read() {
      int year = digits(4, 4, "year");
      char separator = peek();
      if (separator != '-' && separator != '/' && separator != '.') {
        throw fail("expected '-', '/' or '.' after the year");
      }
      pos++;
      int month = digits(1, 2, "month");
      expect(separator, "the month");
      int day = digits(1, 2, "day");
      LocalDate date;
      try {
        date = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new TimeParseException(text, "'" + text + "' is not a valid date: " + e.getMessage());
      }
      if (atEnd()) {
        return new DateTimeLiteral(text, date.atStartOfDay(), null);
      }
      if (peek() == 'T' || peek() == 't') {
        pos++;
      } else if (peek() == ' ') {
        while (!atEnd() && peek() == ' ') {
          pos++;
        }
      } else {
        throw fail("expected 'T' or a space between date and time");
      }
      int hour = digits(1, 2, "hour");
      expect(':', "the hour");
      int minute = digits(2, 2, "minute");
      expect(':', "the minute");
      int second = digits(2, 2, "second");
      int nanos = 0;
      if (!atEnd() && peek() == '.') {
        pos++;
        int start = pos;
        int fraction = digits(1, 9, "fraction of second");
        if (!atEnd() && peek() >= '0' && peek() <= '9') {
          throw fail("at most 9 digits are allowed for the fraction of second");
        }
        int scale = 9 - (pos - start);
        nanos = fraction * (int) Math.pow(10, scale);
      }
      LocalTime time;
      try {
        time = LocalTime.of(hour, minute, second, nanos);
      } catch (DateTimeException e) {
        throw new TimeParseException(text, "'" + text + "' is not a valid time: " + e.getMessage());
      }
      ZoneOffset zone = atEnd() ? null : zone();
      if (!atEnd()) {
        throw fail("unexpected '" + peek() + "'");
      }
      return new DateTimeLiteral(text, LocalDateTime.of(date, time), zone);
    }

    private ZoneOffset zone() {
      char c = peek();
      if (c == 'Z' || c == 'z') {
        pos++;
        return ZoneOffset.UTC;
      }
      if (c != '+' && c != '-') {
        throw fail("expected a zone such as Z or +08:00");
      }
      pos++;
      int hours = digits(2, 2, "zone hour");
      int minutes = 0;
      if (!atEnd()) {
        if (peek() == ':') {
          pos++;
        }
        minutes = digits(2, 2, "zone minute");
      }
      try {
        return c == '+'
            ? ZoneOffset.ofHoursMinutes(hours, minutes)
            : ZoneOffset.ofHoursMinutes(-hours, -minutes);
      } catch (DateTimeException e) {
        throw new TimeParseException(text, "'" + text + "' has an invalid zone: " + e.getMessage());
      }
    }

    private int digits(int min, int max, String what) {
      int start = pos;
      while (!atEnd() && pos - start < max && peek() >= '0' && peek() <= '9') {
        pos++;
      }
      if (pos - start < min) {
        throw fail("expected " + (min == max ? min + " digit(s)" : min + " to " + max + " digits")
            + " for the " + what);
      }
      return Integer.parseInt(text.substring(start, pos));
    }

    private void expect(char c, String after) {
      if (atEnd() || peek() != c) {
        throw fail("expected '" + c + "' after " + after);
      }
      pos++;
    }

    private boolean atEnd() {
      return pos >= text.length();
    }

    private char peek() {
      return atEnd() ? '\0' : text.charAt(pos);
    }

    private TimeParseException fail(String problem) {
      return new TimeParseException(
          text, "invalid datetime '" + text + "' at offset " + pos + ": " + problem);
    }
  }
}
