package org.orrery.tsfile.stats;

import org.orrery.common.type.DataType;

/**
 * DOUBLE statistics: min, max, first, last and sum.
 */
public final class DoubleStatistics extends Statistics {
    private double min;
    private double max;
    private double first;
    private double last;
    private double sum;

    public DoubleStatistics() {
    }

    public static DoubleStatistics of(long count, long startTime, long endTime, double min, double max, double first,
            double last, double sum) {
        DoubleStatistics s = new DoubleStatistics();
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
        return DataType.DOUBLE;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double first() {
        return first;
    }

    public double last() {
        return last;
    }

    /** Sum of the values (a double). */
    public double sum() {
        return sum;
    }

    public void update(long time, double value) {
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
    public void update(long[] times, double[] values, int from, int to) {
        if (to <= from) {
            return;
        }
        int i = from;
        if (isEmpty()) {
            min = values[from];
            max = values[from];
            first = values[from];
        }
        double lo = min;
        double hi = max;
        double s = sum;
        for (; i < to; i++) {
            double v = values[i];
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
        DoubleStatistics o = (DoubleStatistics) other;
        min = o.min;
        max = o.max;
        first = o.first;
        last = o.last;
        sum = o.sum;
    }

    @Override
    protected void mergeValues(Statistics other, boolean otherHasFirst, boolean otherHasLast) {
        DoubleStatistics o = (DoubleStatistics) other;
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
        return new DoubleStatistics();
    }

    @Override
    protected String valuesToString() {
        return "min=" + min + " max=" + max + " first=" + first + " last=" + last + " sum=" + sum;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DoubleStatistics) || !sameCommon((Statistics) o)) {
            return false;
        }
        DoubleStatistics s = (DoubleStatistics) o;
        return Double.compare(min, s.min) == 0
                && Double.compare(max, s.max) == 0
                && Double.compare(first, s.first) == 0
                && Double.compare(last, s.last) == 0
                && Double.compare(sum, s.sum) == 0;
    }

    @Override
    public int hashCode() {
        return commonHash() * 31 + Double.hashCode(min) * 7 + Double.hashCode(max);
    }
}
