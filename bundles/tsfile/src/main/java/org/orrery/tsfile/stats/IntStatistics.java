package org.orrery.tsfile.stats;

import org.orrery.common.type.DataType;

/**
 * INT32 and DATE statistics (DATE values are {@code yyyyMMdd} ints): min, max, first, last and a
 * {@code long} sum.
 */
public final class IntStatistics extends Statistics {
    private final DataType type;
    private int min;
    private int max;
    private int first;
    private int last;
    private long sum;

    /** @param type INT32 or DATE */
    public IntStatistics(DataType type) {
        if (type != DataType.INT32 && type != DataType.DATE) {
            throw new IllegalArgumentException("IntStatistics is for INT32 or DATE, not " + type);
        }
        this.type = type;
    }

    public static IntStatistics of(DataType type, long count, long startTime, long endTime, int min, int max, int first,
            int last, long sum) {
        IntStatistics s = new IntStatistics(type);
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

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public int first() {
        return first;
    }

    public int last() {
        return last;
    }

    /** Sum of the values (a long, as the format stores it). */
    public long sum() {
        return sum;
    }

    public void update(long time, int value) {
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
    public void update(long[] times, int[] values, int from, int to) {
        if (to <= from) {
            return;
        }
        int i = from;
        if (isEmpty()) {
            min = values[from];
            max = values[from];
            first = values[from];
        }
        int lo = min;
        int hi = max;
        long s = sum;
        for (; i < to; i++) {
            int v = values[i];
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
        IntStatistics o = (IntStatistics) other;
        min = o.min;
        max = o.max;
        first = o.first;
        last = o.last;
        sum = o.sum;
    }

    @Override
    protected void mergeValues(Statistics other, boolean otherHasFirst, boolean otherHasLast) {
        IntStatistics o = (IntStatistics) other;
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
        return new IntStatistics(type);
    }

    @Override
    protected String valuesToString() {
        return "min=" + min + " max=" + max + " first=" + first + " last=" + last + " sum=" + sum;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IntStatistics) || !sameCommon((Statistics) o)) {
            return false;
        }
        IntStatistics s = (IntStatistics) o;
        return min == s.min
                && max == s.max
                && first == s.first
                && last == s.last
                && sum == s.sum;
    }

    @Override
    public int hashCode() {
        return commonHash() * 31 + Integer.hashCode(min) * 7 + Integer.hashCode(max);
    }
}
