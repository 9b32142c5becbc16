package org.orrery.tsfile.internal.write;

import java.util.Arrays;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.LongEncoder;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.stats.LongStatistics;
import org.orrery.tsfile.stats.Statistics;

/** {@link PagePoints} of {@code long} values (INT64 and TIMESTAMP). */
final class LongPagePoints extends PagePoints {
    /** Estimated bytes per point: the timestamp and the value. */
    private static final int POINT_BYTES = 8 + 8;

    private final LongEncoder encoder;
    private long[] values;

    LongPagePoints(DataType type, Object encoder, int initialCapacity) {
        super(type, initialCapacity);
        this.encoder = (LongEncoder) encoder;
        this.values = new long[times.length];
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
        System.arraycopy((long[]) column, from, values, size, n);
    }

    @Override
    void encodeValues(ByteSink out) {
        encoder.encode(values, 0, size, out);
    }

    @Override
    Statistics statistics() {
        LongStatistics s = new LongStatistics(type);
        s.update(times, values, 0, size);
        return s;
    }

    @Override
    protected void growValues(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }
}
