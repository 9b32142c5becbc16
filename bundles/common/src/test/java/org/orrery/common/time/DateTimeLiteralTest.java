package org.orrery.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateTimeLiteralTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Expected instants written independently in ISO-8601 UTC form. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2017-11-01T00:00:00, 2017-10-31T16:00:00Z",
    "2017-11-01 00:00:00, 2017-10-31T16:00:00Z",
    "2017/11/01 00:00:00, 2017-10-31T16:00:00Z",
    "2017.11.01 00:00:00, 2017-10-31T16:00:00Z",
    "2017-11-01, 2017-10-31T16:00:00Z",
    "2017/11/01, 2017-10-31T16:00:00Z",
    "2017-1-5, 2017-01-04T16:00:00Z",
    "2017-11-01T00:08:00.000, 2017-10-31T16:08:00Z",
    "2017-11-01T16:26:00.123, 2017-11-01T08:26:00.123Z",
    "2017-11-01T00:00:00+08:00, 2017-10-31T16:00:00Z",
    "2017-11-01T00:00:00.000+08:00, 2017-10-31T16:00:00Z",
    "2017-11-01T00:00:00Z, 2017-11-01T00:00:00Z",
    "2017-11-01T00:00:00-0130, 2017-11-01T01:30:00Z",
    "2017-11-01T00:00:00+01, 2017-10-31T23:00:00Z",
    "2016-02-29T23:59:59, 2016-02-29T15:59:59Z",
  })
  void resolvesWithTheSessionZoneUnlessWritten(String text, String utcInstant) {
    long expected = Instant.parse(utcInstant).toEpochMilli();
    assertEquals(
        expected, DateTimeLiteral.parse(text).toTimestamp(SHANGHAI, TimestampPrecision.DEFAULT));
  }

  @Test
  void finerPrecisions() {
    DateTimeLiteral literal = DateTimeLiteral.parse("1970-01-01T00:00:01.000002Z");
    assertEquals(1_000_002L, literal.toTimestamp(SHANGHAI, TimestampPrecision.MICROSECONDS));
    assertEquals(1_000_002_000L, literal.toTimestamp(SHANGHAI, TimestampPrecision.NANOSECONDS));
    TimeParseException e =
        assertThrows(
            TimeParseException.class,
            () -> literal.toTimestamp(SHANGHAI, TimestampPrecision.MILLISECONDS));
    assertTrue(e.getMessage().contains("more precise than the timestamp precision ms"));
  }

  @Test
  void zeroFractionDigitsBeyondPrecisionAreFine() {
    assertEquals(
        1000L,
        DateTimeLiteral.parse("1970-01-01T00:00:01.000000Z")
            .toTimestamp(SHANGHAI, TimestampPrecision.MILLISECONDS));
  }

  @Test
  void outOfRangeForNanoseconds() {
    TimeParseException e =
        assertThrows(
            TimeParseException.class,
            () ->
                DateTimeLiteral.parse("3000-01-01")
                    .toTimestamp(ZoneOffset.UTC, TimestampPrecision.NANOSECONDS));
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
  }

  @Test
  void keepsWrittenZone() {
    assertEquals(
        ZoneOffset.ofHours(8), DateTimeLiteral.parse("2017-11-01T00:00:00+08:00").offset().get());
    assertFalse(DateTimeLiteral.parse("2017-11-01T00:00:00").offset().isPresent());
    assertEquals(DateTimeLiteral.parse("2017-11-01"), DateTimeLiteral.parse("2017/11/01 00:00:00"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2017-11 | expected '-' after the month",
        "17-11-01 | for the year",
        "2017-13-01 | not a valid date",
        "1999-04-31 | not a valid date",
        "2017-11/01 | expected '-' after the month",
        "2017-11-01T25:00:00 | not a valid time",
        "2017-11-01T00:00 | expected ':' after the minute",
        "2017-11-01X00:00:00 | expected 'T' or a space",
        "2017-11-01T00:00:00+8 | zone hour",
        "2017-11-01T00:00:00.0000000001 | at most 9 digits",
        "2017-11-01T00:00:00 x | expected a zone",
      })
  void rejectsMalformedLiterals(String text, String problem) {
    TimeParseException e = assertThrows(TimeParseException.class, () -> DateTimeLiteral.parse(text));
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().contains(text), e.getMessage());
  }
}
