package org.orrery.tsfile.stats;

import org.orrery.common.type.DataType;

/** BOOLEAN statistics: first, last and the number of {@code true} values (the format's "sum"). */
public final class BooleanStatistics extends Statistics {
    private boolean first;
    private boolean last;
    private long sum;

    public BooleanStatistics() {
    }

    public static BooleanStatistics of(long count, long startTime, long endTime, boolean first, boolean last,
                                       long sum) {
        BooleanStatistics s = new BooleanStatistics();
        s.restoreCommon(count, startTime, endTime);
        s.first = first;
        s.last = last;
        s.sum = sum;
        return s;
    }

    @Override
    public DataType dataType() {
        return DataType.BOOLEAN;
    }

    public boolean first() {
        return first;
    }

    public boolean last() {
        return last;
    }

    /** Number of true values. */
    public long sum() {
        return sum;
    }

    public void update(long time, boolean value) {
        if (isEmpty()) {
            first = value;
        }
        last = value;
        if (value) {
            sum++;
        }
        recordTime(time);
    }

    /** Records {@code values[from .. to-1]} at the ascending {@code times[from .. to-1]}. */
    public void update(long[] times, boolean[] values, int from, int to) {
        if (to <= from) {
            return;
        }
        if (isEmpty()) {
            first = values[from];
        }
        long trues = 0;
        for (int i = from; i < to; i++) {
            if (values[i]) {
                trues++;
            }
        }
        sum += trues;
        last = values[to - 1];
        recordTimes(times[from], times[to - 1], to - from);
    }

    @Override
    protected void copyValues(Statistics other) {
        BooleanStatistics o = (BooleanStatistics) other;
        first = o.first;
        last = o.last;
        sum = o.sum;
    }

    @Override
    protected void mergeValues(Statistics other, boolean otherHasFirst, boolean otherHasLast) {
        BooleanStatistics o = (BooleanStatistics) other;
        if (otherHasFirst) {
            first = o.first;
        }
        if (otherHasLast) {
            last = o.last;
        }
        sum += o.sum;
    }

    @Override
    protected Statistics newEmpty() {
        return new BooleanStatistics();
    }

    @Override
    protected String valuesToString() {
        return "first=" + first + " last=" + last + " sum=" + sum;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BooleanStatistics) || !sameCommon((Statistics) o)) {
            return false;
        }
        BooleanStatistics s = (BooleanStatistics) o;
        return first == s.first && last == s.last && sum == s.sum;
    }

    @Override
    public int hashCode() {
        return commonHash() * 31 + Long.hashCode(sum);
    }
}
