package org.orrery.tsfile.internal.write;

import java.util.Arrays;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.FloatEncoder;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.stats.FloatStatistics;
import org.orrery.tsfile.stats.Statistics;

/** {@link PagePoints} of {@code float} values (FLOAT). */
final class FloatPagePoints extends PagePoints {
    /** Estimated bytes per point: the timestamp and the value. */
    private static final int POINT_BYTES = 8 + 4;

    private final FloatEncoder encoder;
    private float[] values;

    FloatPagePoints(DataType type, Object encoder, int initialCapacity) {
        super(type, initialCapacity);
        this.encoder = (FloatEncoder) encoder;
        this.values = new float[times.length];
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
        System.arraycopy((float[]) column, from, values, size, n);
    }

    @Override
    void encodeValues(ByteSink out) {
        encoder.encode(values, 0, size, out);
    }

    @Override
    Statistics statistics() {
        FloatStatistics s = new FloatStatistics();
        s.update(times, values, 0, size);
        return s;
    }

    @Override
    protected void growValues(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }
}
