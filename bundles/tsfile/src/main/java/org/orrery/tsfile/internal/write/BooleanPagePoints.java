package org.orrery.tsfile.internal.write;

import java.util.Arrays;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.BooleanEncoder;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.stats.BooleanStatistics;
import org.orrery.tsfile.stats.Statistics;

/** {@link PagePoints} of {@code boolean} values (BOOLEAN). */
final class BooleanPagePoints extends PagePoints {
    /** Estimated bytes per point: the timestamp and the value. */
    private static final int POINT_BYTES = 8 + 1;

    private final BooleanEncoder encoder;
    private boolean[] values;

    BooleanPagePoints(DataType type, Object encoder, int initialCapacity) {
        super(type, initialCapacity);
        this.encoder = (BooleanEncoder) encoder;
        this.values = new boolean[times.length];
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
        System.arraycopy((boolean[]) column, from, values, size, n);
    }

    @Override
    void encodeValues(ByteSink out) {
        encoder.encode(values, 0, size, out);
    }

    @Override
    Statistics statistics() {
        BooleanStatistics s = new BooleanStatistics();
        s.update(times, values, 0, size);
        return s;
    }

    @Override
    protected void growValues(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }
}
