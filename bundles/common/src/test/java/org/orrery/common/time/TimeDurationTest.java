package org.orrery.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeDurationTest {
  private static final long MS = 1_000_000L;
  private static final long SECOND = 1000 * MS;
  private static final long HOUR = 3600 * SECOND;
  private static final long DAY = 24 * HOUR;

  @ParameterizedTest(name = "{0} = {1} months + {2} ns")
  @CsvSource({
    "1d, 0, 86400000000000",
    "1d2h, 0, 93600000000000",
    "2h1d, 0, 93600000000000",
    "1y, 0, 31536000000000000",
    "1w, 0, 604800000000000",
    "1mo, 1, 0",
    "3MO, 3, 0",
    "1mo2d, 1, 172800000000000",
    "10s, 0, 10000000000",
    "5m, 0, 300000000000",
    "30m, 0, 1800000000000",
    "250ms, 0, 250000000",
    "7us, 0, 7000",
    "9ns, 0, 9",
    "1h30m15s, 0, 5415000000000",
    "0ms, 0, 0",
  })
  void parsesUnits(String text, long months, long nanos) {
    TimeDuration duration = TimeDuration.parse(text);
    assertEquals(months, duration.months());
    assertEquals(nanos, duration.nanos());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1x | unknown unit 'x' in duration '1x'",
        "d | needs a number before 'd'",
        "10 | needs a unit after 10",
        "1d2 | needs a unit after 2",
        "1dd | unknown unit 'dd'",
        "99999999999999999999d | out of range",
        "999999999999d | out of range",
      })
  void rejectsMalformedDurations(String text, String problem) {
    TimeParseException e = assertThrows(TimeParseException.class, () -> TimeDuration.parse(text));
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertEquals(text, e.text());
  }

  @Test
  void unknownUnitListsTheValidOnes() {
    TimeParseException e = assertThrows(TimeParseException.class, () -> TimeDuration.parse("3q"));
    assertTrue(e.getMessage().contains("y, mo, w, d, h, m, s, ms, us, ns"), e.getMessage());
  }

  @Test
  void fixedLengthInPrecisionUnits() {
    assertEquals(86_400_000L, TimeDuration.parse("1d").toUnits(TimestampPrecision.MILLISECONDS));
    assertEquals(
        86_400_000_000L, TimeDuration.parse("1d").toUnits(TimestampPrecision.MICROSECONDS));
    assertEquals(30 * 86_400_000L, TimeDuration.parse("1mo").toUnits(TimestampPrecision.DEFAULT));
    assertEquals(1500L, TimeDuration.parse("1500us").toUnits(TimestampPrecision.MICROSECONDS));
    TimeParseException e =
        assertThrows(
            TimeParseException.class,
            () -> TimeDuration.parse("1500us").toUnits(TimestampPrecision.MILLISECONDS));
    assertTrue(e.getMessage().contains("not a whole number of ms"), e.getMessage());
  }

  @Test
  void monthsFollowTheCalendar() {
    ZoneId utc = ZoneOffset.UTC;
    long jan31 = Instant.parse("2017-01-31T10:00:00Z").toEpochMilli();
    long feb28 = Instant.parse("2017-02-28T10:00:00Z").toEpochMilli();
    assertEquals(feb28, TimeDuration.parse("1mo").addTo(jan31, TimestampPrecision.DEFAULT, utc));
    long mar1 = Instant.parse("2017-03-01T10:00:00Z").toEpochMilli();
    assertEquals(mar1, TimeDuration.parse("1mo1d").addTo(jan31, TimestampPrecision.DEFAULT, utc));
    assertEquals(
        jan31 - DAY / MS,
        TimeDuration.parse("1d").negated().addTo(jan31, TimestampPrecision.DEFAULT, utc));
  }

  @Test
  void canonicalTextAndEquality() {
    assertEquals("1d2h", TimeDuration.parse("2h1d").toString());
    assertEquals("8d", TimeDuration.parse("1w1d").toString());
    assertEquals("1mo1s500ms", TimeDuration.parse("1mo1500ms").toString());
    assertEquals("0ms", TimeDuration.parse("0d").toString());
    assertEquals(TimeDuration.parse("60s"), TimeDuration.parse("1m"));
    assertTrue(TimeDuration.parse("1mo").hasMonths());
    assertFalse(TimeDuration.parse("30d").hasMonths());
    assertTrue(TimeDuration.parse("1d").negated().isNegative());
    assertEquals("-1d", TimeDuration.parse("1d").negated().toString());
  }

  @Test
  void ofUnitAndSignCheck() {
    assertEquals(TimeDuration.parse("3h"), TimeDuration.of(3, DurationUnit.HOUR));
    assertThrows(IllegalArgumentException.class, () -> TimeDuration.of(1, -5));
  }
}
