package org.orrery.query.plan.logical;

import java.util.ArrayList;
import java.util.List;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.query.analyze.TimeIntervals;

/** Shared wording of plan descriptions. */
final class Describe {
  private Describe() {}

  /** Time intervals as closed ranges, {@code all} and {@code none} for the extremes. */
  static String time(TimeIntervals time) {
    if (time.isAll()) {
      return "all";
    }
    if (time.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (TimeInterval interval : time.intervals()) {
      parts.add("[" + bound(interval.start()) + ", " + bound(interval.end()) + "]");
    }
    return String.join(" ", parts);
  }

  private static String bound(long value) {
    if (value == Long.MIN_VALUE) {
      return "-inf";
    }
    if (value == Long.MAX_VALUE) {
      return "+inf";
    }
    return Long.toString(value);
  }
}
