package org.orrery.tsfile.stats;

import org.orrery.common.type.DataType;

/**
 * INT64 and TIMESTAMP statistics: min, max, first, last and a {@code double} sum (as the format
 * stores it).
 */
public final class LongStatistics extends Statistics {
    private final DataType type;
    private long min;
    private long max;
    private long first;
    private long last;
    private double sum;

    /** @param type INT64 or TIMESTAMP */
    public LongStatistics(DataType type) {
        if (type != DataType.INT64 && type != DataType.TIMESTAMP) {
            throw new IllegalArgumentException("LongStatistics is for INT64 or TIMESTAMP, not " + type);
        }
        this.type = type;
    }

    public static LongStatistics of(DataType type, long count, long startTime, long endTime, long min, long max, long first,
            long last, double sum) {
        LongStatistics s = new LongStatistics(type);
        s.restoreCommon(count, startTime, endTime);
        s.min = min;
        s.max = max;
        s.first = first;
        s.last = last;
        s.sum = sum;
        return s;
    }

    @Override
    public DataType dataType() {
        return type;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    public long first() {
        return first;
    }

    public long last() {
        return last;
    }

    /** Sum of the values (a double, as the format stores it). */
    public double sum() {
        return sum;
    }

    public void update(long time, long value) {
        if (isEmpty()) {
            min = value;
            max = value;
            first = value;
        } else {
            if (value < min) {
                min = value;
            }
            if (value > max) {
                max = value;
            }
        }
        last = value;
        sum += value;
        recordTime(time);
    }

    /** Records {@code values[from .. to-1]} at the ascending {@code times[from .. to-1]}. */
    public void update(long[] times, long[] values, int from, int to) {
        if (to <= from) {
            return;
        }
        int i = from;
        if (isEmpty()) {
            min = values[from];
            max = values[from];
            first = values[from];
        }
        long lo = min;
        long hi = max;
        double s = sum;
        for (; i < to; i++) {
            long v = values[i];
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
            s += v;
        }
        min = lo;
        max = hi;
        sum = s;
        last = values[to - 1];
        recordTimes(times[from], times[to - 1], to - from);
    }

    @Override
    protected void copyValues(Statistics other) {
        LongStatistics o = (LongStatistics) other;
        min = o.min;
        max = o.max;
        first = o.first;
        last = o.last;
        sum = o.sum;
    }

    @Override
    protected void mergeValues(Statistics other, boolean otherHasFirst, boolean otherHasLast) {
        LongStatistics o = (LongStatistics) other;
        if (o.min < min) {
            min = o.min;
        }
        if (o.max > max) {
            max = o.max;
        }
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
        return new LongStatistics(type);
    }

    @Override
    protected String valuesToString() {
        return "min=" + min + " max=" + max + " first=" + first + " last=" + last + " sum=" + sum;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LongStatistics) || !sameCommon((Statistics) o)) {
            return false;
        }
        LongStatistics s = (LongStatistics) o;
        return min == s.min
                && max == s.max
                && first == s.first
                && last == s.last
                && Double.compare(sum, s.sum) == 0;
    }

    @Override
    public int hashCode() {
        return commonHash() * 31 + Long.hashCode(min) * 7 + Long.hashCode(max);
    }
}
