package org.orrery.tsfile.internal.write;

import java.util.Arrays;
import org.orrery.codec.api.ByteSink;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.stats.Statistics;

/**
 * The non-null points of one column in the page being built: timestamps and values in primitive
 * arrays that grow to the page size once and are then reused page after page. One subclass per
 * value kind keeps the hot loops free of boxing and type switches.
 */
abstract class PagePoints {
    protected final DataType type;
    protected long[] times;
    protected int size;

    PagePoints(DataType type, int initialCapacity) {
        this.type = type;
        this.times = new long[Math.max(16, initialCapacity)];
    }

    /** Buffers for {@code type}, encoding with {@code encoder} (the typed encoder of its kind). */
    static PagePoints create(DataType type, Object encoder, int initialCapacity) {
        switch (type) {
            case BOOLEAN:
                return new BooleanPagePoints(type, encoder, initialCapacity);
            case INT32:
            case DATE:
                return new IntPagePoints(type, encoder, initialCapacity);
            case INT64:
            case TIMESTAMP:
                return new LongPagePoints(type, encoder, initialCapacity);
            case FLOAT:
                return new FloatPagePoints(type, encoder, initialCapacity);
            case DOUBLE:
                return new DoublePagePoints(type, encoder, initialCapacity);
            default:
                return new BinaryPagePoints(type, encoder, initialCapacity);
        }
    }

    final int size() {
        return size;
    }

    final long[] times() {
        return times;
    }

    /** Estimated uncompressed bytes of the points held (8 per timestamp plus the values). */
    abstract long estimatedBytes();

    /** Estimated bytes of the values alone (an aligned page stores one shared time column). */
    final long valueBytes() {
        return estimatedBytes() - 8L * size;
    }

    /** Estimated bytes of one value of {@code column[row]}. */
    abstract int valueBytes(Object column, int row);

    /**
     * How many of the rows {@code from .. to-1} of {@code column} fit into {@code budget} more
     * estimated bytes; at least 1 when the page is empty, so every page makes progress.
     */
    abstract int fitting(Object column, int from, int to, long budget);

    /** Appends rows {@code from .. to-1} (all non-null) of {@code column} at {@code srcTimes}. */
    final void append(long[] srcTimes, Object column, int from, int to) {
        int n = to - from;
        ensureCapacity(n);
        System.arraycopy(srcTimes, from, times, size, n);
        appendValues(column, from, n);
        size += n;
    }

    /** Copies {@code n} values from {@code column[from]} to position {@link #size}. */
    protected abstract void appendValues(Object column, int from, int n);

    /** Appends the encoded value stream of all points. */
    abstract void encodeValues(ByteSink out);

    /** Fresh statistics over all points. */
    abstract Statistics statistics();

    void clear() {
        size = 0;
    }

    private void ensureCapacity(int extra) {
        int needed = size + extra;
        if (needed > times.length) {
            int cap = Math.max(needed, times.length + (times.length >> 1));
            times = Arrays.copyOf(times, cap);
            growValues(cap);
        }
    }

    /** Grows the value array to {@code capacity}, keeping its content. */
    protected abstract void growValues(int capacity);

    /** Rows of fixed-width points that fit the budget; at least 1 for an empty page. */
    protected final int fittingFixed(int from, int to, long budget, int bytesPerPoint) {
        long fit = Math.max(0, budget) / bytesPerPoint;
        if (fit == 0 && size == 0) {
            fit = 1;
        }
        return (int) Math.min(to - from, fit);
    }
}
