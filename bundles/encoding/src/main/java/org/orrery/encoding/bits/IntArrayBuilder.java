package org.orrery.encoding.bits;

import java.util.Arrays;

/** A growable int array for decoders that read until the stream ends. */
public final class IntArrayBuilder {
    private int[] values = new int[64];
    private int size;

    public void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    public int size() {
        return size;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
