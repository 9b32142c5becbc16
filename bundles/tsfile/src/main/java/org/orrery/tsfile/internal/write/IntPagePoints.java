package org.orrery.tsfile.internal.write;

import java.util.Arrays;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.IntEncoder;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.stats.IntStatistics;
import org.orrery.tsfile.stats.Statistics;

/** {@link PagePoints} of {@code int} values (INT32 and DATE). */
final class IntPagePoints extends PagePoints {
    /** Estimated bytes per point: the timestamp and the value. */
    private static final int POINT_BYTES = 8 + 4;

    private final IntEncoder encoder;
    private int[] values;

    IntPagePoints(DataType type, Object encoder, int initialCapacity) {
        super(type, initialCapacity);
        this.encoder = (IntEncoder) encoder;
        this.values = new int[times.length];
    }

    @Override
    long estimatedBytes() {
        return (long) size * POINT_BYTES;
    }

    @Override
    int valueBytes(Object column, int row) {
        return POINT_BYTES - 8;
    }

    @Override
    int fitting(Object column, int from, int to, long budget) {
        return fittingFixed(from, to, budget, POINT_BYTES);
    }

    @Override
    protected void appendValues(Object column, int from, int n) {
        System.arraycopy((int[]) column, from, values, size, n);
    }

    @Override
    void encodeValues(ByteSink out) {
        encoder.encode(values, 0, size, out);
    }

    @Override
    Statistics statistics() {
        IntStatistics s = new IntStatistics(type);
        s.update(times, values, 0, size);
        return s;
    }

    @Override
    protected void growValues(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }
}
