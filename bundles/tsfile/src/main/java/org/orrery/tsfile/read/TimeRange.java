package org.orrery.tsfile.read;

import org.orrery.tsfile.stats.Statistics;

/** A closed interval of timestamps {@code [start, end]}. Immutable. */
public final class TimeRange {
    /** Every timestamp. */
    public static final TimeRange ALL = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

    private final long start;
    private final long end;

    private TimeRange(long start, long end) {
        this.start = start;
        this.end = end;
    }

    /** {@code [start, end]}, both inclusive; fails if {@code start > end}. */
    public static TimeRange of(long start, long end) {
        if (start > end) {
            throw new IllegalArgumentException("time range start " + start + " is after its end " + end);
        }
        return new TimeRange(start, end);
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }

    public boolean contains(long time) {
        return time >= start && time <= end;
    }

    /** Whether statistics with points may have one inside this range. */
    public boolean overlaps(Statistics s) {
        return s.overlaps(start, end);
    }

    /** Whether every point summarised by {@code s} lies inside this range. */
    public boolean covers(Statistics s) {
        return s.count() > 0 && s.startTime() >= start && s.endTime() <= end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeRange && ((TimeRange) o).start == start && ((TimeRange) o).end == end;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(start) * 31 + Long.hashCode(end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + "]";
    }
}
