package org.orrery.encoding.bits;

import java.util.Arrays;

/** A growable long array for decoders that read until the stream ends. */
public final class LongArrayBuilder {
    private long[] values = new long[64];
    private int size;

    public void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    public int size() {
        return size;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
