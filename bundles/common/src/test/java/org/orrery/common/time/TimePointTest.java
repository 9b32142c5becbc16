package org.orrery.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimePointTest {
  private static final Instant NOW = Instant.parse("2021-05-11T14:18:40.123456789Z");
  private static final TimeContext MS_UTC =
      new TimeContext(ZoneOffset.UTC, TimestampPrecision.MILLISECONDS, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void nowComesFromTheCallersClock() {
    assertEquals(NOW.toEpochMilli(), TimePoint.now().resolve(MS_UTC));
    TimeContext ns =
        new TimeContext(ZoneOffset.UTC, TimestampPrecision.NANOSECONDS, Clock.fixed(NOW, ZoneOffset.UTC));
    assertEquals(1620742720123456789L, TimePoint.now().resolve(ns));
    assertTrue(TimePoint.now().isRelativeToNow());
    assertFalse(TimePoint.ofEpoch(5).isRelativeToNow());
  }

  @Test
  void offsetsApplyLeftToRight() {
    TimePoint point = TimePoint.now().minus(TimeDuration.parse("1d")).plus(TimeDuration.parse("2h"));
    assertEquals(NOW.toEpochMilli() - 86_400_000L + 7_200_000L, point.resolve(MS_UTC));
    assertEquals("now() - 1d + 2h", point.toString());
  }

  @Test
  void datetimeAndEpochBases() {
    TimePoint dt = TimePoint.ofDateTime(DateTimeLiteral.parse("2017-11-01T00:00:00"));
    assertEquals(Instant.parse("2017-11-01T00:00:00Z").toEpochMilli(), dt.resolve(MS_UTC));
    assertEquals(
        Instant.parse("2017-12-01T00:00:00Z").toEpochMilli(),
        dt.plus(TimeDuration.parse("1mo")).resolve(MS_UTC));
    assertEquals(1509465600000L - 1000, TimePoint.ofEpoch(1509465600000L).minus(TimeDuration.parse("1s")).resolve(MS_UTC));
    assertEquals(TimePoint.ofEpoch(3).plus(TimeDuration.parse("1s")), TimePoint.ofEpoch(3).plus(TimeDuration.parse("1000ms")));
  }

  @Test
  void precisionSymbols() {
    assertEquals(TimestampPrecision.MICROSECONDS, TimestampPrecision.fromSymbol("US"));
    assertEquals(TimestampPrecision.MILLISECONDS, TimestampPrecision.DEFAULT);
    assertEquals(1_000_000L, TimestampPrecision.MICROSECONDS.unitsPerSecond());
    TimeParseException e =
        assertThrows(TimeParseException.class, () -> TimestampPrecision.fromSymbol("s"));
    assertTrue(e.getMessage().contains("'s'"));
    assertEquals(Instant.parse("1969-12-31T23:59:59.999Z"), TimestampPrecision.MILLISECONDS.toInstant(-1));
  }
}
