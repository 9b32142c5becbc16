package org.orrery.tsfile.stats;

import org.orrery.common.type.DataType;

/** BLOB statistics: count and time range only (the format keeps no value summary for BLOB). */
public final class BlobStatistics extends Statistics {
    public BlobStatistics() {
    }

    public static BlobStatistics of(long count, long startTime, long endTime) {
        BlobStatistics s = new BlobStatistics();
        s.restoreCommon(count, startTime, endTime);
        return s;
    }

    @Override
    public DataType dataType() {
        return DataType.BLOB;
    }

    public void update(long time) {
        recordTime(time);
    }

    /** Records the points at the ascending {@code times[from .. to-1]}. */
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
        return new BlobStatistics();
    }

    @Override
    protected String valuesToString() {
        return "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlobStatistics && sameCommon((Statistics) o);
    }

    @Override
    public int hashCode() {
        return commonHash();
    }
}
