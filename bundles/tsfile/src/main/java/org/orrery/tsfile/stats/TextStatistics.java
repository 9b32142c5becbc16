package org.orrery.tsfile.stats;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.orrery.common.type.DataType;

/** TEXT statistics: first and last value only (the format keeps no min/max for TEXT). */
public final class TextStatistics extends Statistics {
    private static final byte[] NONE = new byte[0];

    private byte[] first = NONE;
    private byte[] last = NONE;

    public TextStatistics() {
    }

    public static TextStatistics of(long count, long startTime, long endTime, byte[] first, byte[] last) {
        TextStatistics s = new TextStatistics();
        s.restoreCommon(count, startTime, endTime);
        s.first = first;
        s.last = last;
        return s;
    }

    @Override
    public DataType dataType() {
        return DataType.TEXT;
    }

    /** The first value's bytes (empty when there is none); do not modify. */
    public byte[] first() {
        return first;
    }

    /** The last value's bytes (empty when there is none); do not modify. */
    public byte[] last() {
        return last;
    }

    public void update(long time, byte[] value) {
        if (isEmpty()) {
            first = value;
        }
        last = value;
        recordTime(time);
    }

    /** Records {@code values[from .. to-1]} at the ascending {@code times[from .. to-1]}. */
    public void update(long[] times, byte[][] values, int from, int to) {
        if (to <= from) {
            return;
        }
        if (isEmpty()) {
            first = values[from];
        }
        last = values[to - 1];
        recordTimes(times[from], times[to - 1], to - from);
    }

    @Override
    protected void copyValues(Statistics other) {
        TextStatistics o = (TextStatistics) other;
        first = o.first;
        last = o.last;
    }

    @Override
    protected void mergeValues(Statistics other, boolean otherHasFirst, boolean otherHasLast) {
        TextStatistics o = (TextStatistics) other;
        if (otherHasFirst) {
            first = o.first;
        }
        if (otherHasLast) {
            last = o.last;
        }
    }

    @Override
    protected Statistics newEmpty() {
        return new TextStatistics();
    }

    @Override
    protected String valuesToString() {
        return "first=" + new String(first, StandardCharsets.UTF_8) + " last=" + new String(last, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TextStatistics) || !sameCommon((Statistics) o)) {
            return false;
        }
        TextStatistics s = (TextStatistics) o;
        return Arrays.equals(first, s.first) && Arrays.equals(last, s.last);
    }

    @Override
    public int hashCode() {
        return commonHash() * 31 + Arrays.hashCode(first);
    }
}
