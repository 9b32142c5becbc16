package org.orrery.storage.read;

import java.util.ArrayList;
import java.util.List;
import org.orrery.engine.storage.TimeInterval;

/** Sorted disjoint time intervals of a query, with the tests pruning needs. */
public final class Intervals {
  private final List<TimeInterval> list;

  private Intervals(List<TimeInterval> list) {
    this.list = list;
  }

  /**
   * The query's intervals restricted to times {@code >= lowerBound} (the TTL horizon); they are
   * sorted and merged if the caller did not.
   */
  public static Intervals of(List<TimeInterval> intervals, long lowerBound) {
    List<TimeInterval> sorted = new ArrayList<>(intervals);
    sorted.sort((a, b) -> Long.compare(a.start(), b.start()));
    List<TimeInterval> out = new ArrayList<>();
    for (TimeInterval i : sorted) {
      long start = Math.max(i.start(), lowerBound);
      if (start > i.end()) {
        continue;
      }
      TimeInterval clipped = new TimeInterval(start, i.end());
      TimeInterval last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.end() >= clipped.start()) {
        out.set(out.size() - 1, new TimeInterval(last.start(), Math.max(last.end(), clipped.end())));
      } else {
        out.add(clipped);
      }
    }
    return new Intervals(out);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public long start() {
    return list.get(0).start();
  }

  public long end() {
    return list.get(list.size() - 1).end();
  }

  public boolean contains(long time) {
    int lo = 0;
    int hi = list.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TimeInterval i = list.get(mid);
      if (time < i.start()) {
        hi = mid - 1;
      } else if (time > i.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  public boolean overlaps(long from, long to) {
    for (TimeInterval i : list) {
      if (i.overlaps(from, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [from, to]} lies inside a single interval (so every point in it is wanted). */
  public boolean covers(long from, long to) {
    for (TimeInterval i : list) {
      if (i.covers(from, to)) {
        return true;
      }
    }
    return false;
  }
}
