package org.orrery.encoding.bits;

import java.util.Arrays;
import org.orrery.codec.api.CodecException;

/**
 * A growable int array for decoders that read until the stream ends. Growth stops with a
 * {@link CodecException} at the largest array the JVM can hold, so a stream whose counts are
 * corrupt fails as corrupt instead of with an overflowing size.
 */
public final class IntArrayBuilder {
    private int[] values = new int[64];
    private int size;

    public void add(int v) {
        if (size == values.length) {
            grow(1);
        }
        values[size++] = v;
    }

    /**
     * Makes room for {@code n} more values, counts them as added and returns the backing array;
     * the caller fills indexes {@code size() - n .. size() - 1}.
     */
    public int[] extend(int n) {
        if (values.length - size < n) {
            grow(n);
        }
        size += n;
        return values;
    }

    public int size() {
        return size;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    private void grow(int more) {
        long wanted = (long) size + more;
        if (wanted > LongArrayBuilder.MAX_VALUES) {
            throw new CodecException("value stream decodes to more than " + LongArrayBuilder.MAX_VALUES + " values");
        }
        values = Arrays.copyOf(values,
                (int) Math.min(LongArrayBuilder.MAX_VALUES, Math.max(wanted, 2L * values.length)));
    }
}
