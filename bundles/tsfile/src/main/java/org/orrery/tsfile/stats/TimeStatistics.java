package org.orrery.tsfile.stats;

import org.orrery.common.type.DataType;

/** Statistics of the time column of an aligned device: count and time range only. */
public final class TimeStatistics extends Statistics {
    public TimeStatistics() {
    }

    public static TimeStatistics of(long count, long startTime, long endTime) {
        TimeStatistics s = new TimeStatistics();
        s.restoreCommon(count, startTime, endTime);
        return s;
    }

    @Override
    public DataType dataType() {
        return null;
    }

    public void update(long time) {
        recordTime(time);
    }

    /** Records the ascending timestamps {@code times[from .. to-1]}. */
    public void update(long[] times, int from, int to) {
        if (to > from) {
            recordTimes(times[from], times[to - 1], to - from);
        }
    }

    @Override
    protected void copyValues(Statistics other) {
        // no value summaries
    }

    @Override
    protected void mergeValues(Statistics other, boolean otherHasFirst, boolean otherHasLast) {
        // no value summaries
    }

    @Override
    protected Statistics newEmpty() {
        return new TimeStatistics();
    }

    @Override
    protected String valuesToString() {
        return "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeStatistics && sameCommon((Statistics) o);
    }

    @Override
    public int hashCode() {
        return commonHash();
    }
}
