package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orrery.common.time.TimeContext;
import org.orrery.common.time.TimestampPrecision;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.query.aggregate.TimeWindows;
import org.orrery.query.analyze.TimeFilter;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.sql.SqlParser;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.query.TimeWindow;

/** Time intervals pushed into scans and GROUP BY windows, checked against hand-made values. */
class TimeModelTest {
  private final TimeContext time = new TimeContext(ZoneOffset.UTC, TimestampPrecision.MILLISECONDS,
      Clock.fixed(Instant.ofEpochMilli(10_000), ZoneOffset.UTC));

  private TimeFilter where(String condition) {
    QueryStatement query = (QueryStatement) SqlParser.parseStatement("select s from root.a where " + condition);
    return TimeFilter.of(query.where(), time);
  }

  @Test
  void timeConditionsBecomeIntervals() {
    assertEquals(List.of(new TimeInterval(3, 9)), where("time > 2 and time < 10").time().intervals());
    assertEquals(List.of(new TimeInterval(Long.MIN_VALUE, 1), new TimeInterval(5, Long.MAX_VALUE)),
        where("time < 2 or time >= 5").time().intervals());
    assertEquals(List.of(new TimeInterval(Long.MIN_VALUE, 2), new TimeInterval(4, Long.MAX_VALUE)),
        where("time != 3").time().intervals());
    assertEquals(List.of(new TimeInterval(1, 1), new TimeInterval(7, 7)), where("time in (7, 1)").time().intervals());
    // now() is 10 s on the fixed clock
    assertEquals(List.of(new TimeInterval(9_000, Long.MAX_VALUE)), where("time >= now() - 1s").time().intervals());
    assertTrue(where("time > 5 and time < 3").time().isEmpty());
  }

  @Test
  void valueConditionsStayBehind() {
    TimeFilter filter = where("time > 2 and s > 1");
    assertEquals(List.of(new TimeInterval(3, Long.MAX_VALUE)), filter.time().intervals());
    assertEquals("s > 1", filter.valueFilter().orElseThrow().toSql());
    TimeFilter mixed = where("time > 2 or s > 1");
    assertTrue(mixed.time().isAll());
    assertTrue(mixed.valueFilter().isPresent());
  }

  @Test
  void complementAndUnion() {
    TimeIntervals set = TimeIntervals.between(1, 3).union(TimeIntervals.between(4, 6));
    assertEquals(List.of(new TimeInterval(1, 6)), set.intervals());
    assertEquals(List.of(new TimeInterval(Long.MIN_VALUE, 0), new TimeInterval(7, Long.MAX_VALUE)),
        set.complement().intervals());
    assertFalse(set.contains(7));
  }

  @Test
  void monthWindowsFollowTheCalendar() {
    QueryStatement query = (QueryStatement) SqlParser.parseStatement(
        "select count(s) from root.a group by ([2024-01-31T00:00:00, 2024-04-01T00:00:00), 1mo)");
    TimeWindows windows = TimeWindows.of((TimeWindow) query.groupBy().orElseThrow().window().orElseThrow(), time);
    // Jan 31 + 1 month = Feb 29 (2024 is a leap year), + 2 months = Mar 31
    long jan31 = Instant.parse("2024-01-31T00:00:00Z").toEpochMilli();
    long feb29 = Instant.parse("2024-02-29T00:00:00Z").toEpochMilli();
    long mar31 = Instant.parse("2024-03-31T00:00:00Z").toEpochMilli();
    assertEquals(3, windows.count());
    assertEquals(jan31, windows.shownTime(0));
    assertEquals(feb29, windows.shownTime(1));
    assertEquals(mar31, windows.shownTime(2));
    assertEquals(feb29 - 1, windows.end(0));
    assertEquals(Optional.of(Instant.parse("2024-04-01T00:00:00Z").toEpochMilli() - 1), Optional.of(windows.end(2)));
  }
}
