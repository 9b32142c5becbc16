package org.orrery.tsfile.stats;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.orrery.common.type.DataType;

/**
 * STRING statistics: first, last, min and max. Min and max compare the UTF-8 bytes as unsigned
 * bytes, lexicographically (a shorter prefix first), as the format does.
 */
public final class StringStatistics extends Statistics {
    private static final byte[] NONE = new byte[0];

    private byte[] first = NONE;
    private byte[] last = NONE;
    private byte[] min = NONE;
    private byte[] max = NONE;

    public StringStatistics() {
    }

    public static StringStatistics of(long count, long startTime, long endTime, byte[] first, byte[] last,
                                      byte[] min, byte[] max) {
        StringStatistics s = new StringStatistics();
        s.restoreCommon(count, startTime, endTime);
        s.first = first;
        s.last = last;
        s.min = min;
        s.max = max;
        return s;
    }

    @Override
    public DataType dataType() {
        return DataType.STRING;
    }

    /** Do not modify the returned arrays. */
    public byte[] first() {
        return first;
    }

    public byte[] last() {
        return last;
    }

    public byte[] min() {
        return min;
    }

    public byte[] max() {
        return max;
    }

    public void update(long time, byte[] value) {
        if (isEmpty()) {
            first = value;
            min = value;
            max = value;
        } else {
            if (Arrays.compareUnsigned(value, min) < 0) {
                min = value;
            }
            if (Arrays.compareUnsigned(value, max) > 0) {
                max = value;
            }
        }
        last = value;
        recordTime(time);
    }

    /** Records {@code values[from .. to-1]} at the ascending {@code times[from .. to-1]}. */
    public void update(long[] times, byte[][] values, int from, int to) {
        for (int i = from; i < to; i++) {
            update(times[i], values[i]);
        }
    }

    @Override
    protected void copyValues(Statistics other) {
        StringStatistics o = (StringStatistics) other;
        first = o.first;
        last = o.last;
        min = o.min;
        max = o.max;
    }

    @Override
    protected void mergeValues(Statistics other, boolean otherHasFirst, boolean otherHasLast) {
        StringStatistics o = (StringStatistics) other;
        if (otherHasFirst) {
            first = o.first;
        }
        if (otherHasLast) {
            last = o.last;
        }
        if (Arrays.compareUnsigned(o.min, min) < 0) {
            min = o.min;
        }
        if (Arrays.compareUnsigned(o.max, max) > 0) {
            max = o.max;
        }
    }

    @Override
    protected Statistics newEmpty() {
        return new StringStatistics();
    }

    @Override
    protected String valuesToString() {
        return "first=" + text(first) + " last=" + text(last) + " min=" + text(min) + " max=" + text(max);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StringStatistics) || !sameCommon((Statistics) o)) {
            return false;
        }
        StringStatistics s = (StringStatistics) o;
        return Arrays.equals(first, s.first) && Arrays.equals(last, s.last) && Arrays.equals(min, s.min)
                && Arrays.equals(max, s.max);
    }

    @Override
    public int hashCode() {
        return commonHash() * 31 + Arrays.hashCode(min);
    }
}
