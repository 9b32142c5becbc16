package org.orrery.tsfile.stats;

import org.orrery.common.type.DataType;

/**
 * FLOAT statistics: min, max, first, last and a {@code double} sum.
 */
public final class FloatStatistics extends Statistics {
    private float min;
    private float max;
    private float first;
    private float last;
    private double sum;

    public FloatStatistics() {
    }

    public static FloatStatistics of(long count, long startTime, long endTime, float min, float max, float first,
            float last, double sum) {
        FloatStatistics s = new FloatStatistics();
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
        return DataType.FLOAT;
    }

    public float min() {
        return min;
    }

    public float max() {
        return max;
    }

    public float first() {
        return first;
    }

    public float last() {
        return last;
    }

    /** Sum of the values (a double). */
    public double sum() {
        return sum;
    }

    public void update(long time, float value) {
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
    public void update(long[] times, float[] values, int from, int to) {
        if (to <= from) {
            return;
        }
        int i = from;
        if (isEmpty()) {
            min = values[from];
            max = values[from];
            first = values[from];
        }
        float lo = min;
        float hi = max;
        double s = sum;
        for (; i < to; i++) {
            float v = values[i];
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
        FloatStatistics o = (FloatStatistics) other;
        min = o.min;
        max = o.max;
        first = o.first;
        last = o.last;
        sum = o.sum;
    }

    @Override
    protected void mergeValues(Statistics other, boolean otherHasFirst, boolean otherHasLast) {
        FloatStatistics o = (FloatStatistics) other;
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
        return new FloatStatistics();
    }

    @Override
    protected String valuesToString() {
        return "min=" + min + " max=" + max + " first=" + first + " last=" + last + " sum=" + sum;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FloatStatistics) || !sameCommon((Statistics) o)) {
            return false;
        }
        FloatStatistics s = (FloatStatistics) o;
        return Float.compare(min, s.min) == 0
                && Float.compare(max, s.max) == 0
                && Float.compare(first, s.first) == 0
                && Float.compare(last, s.last) == 0
                && Double.compare(sum, s.sum) == 0;
    }

    @Override
    public int hashCode() {
        return commonHash() * 31 + Float.hashCode(min) * 7 + Float.hashCode(max);
    }
}
