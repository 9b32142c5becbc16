package org.orrery.tsfile.internal.write;

import java.util.Arrays;
import org.orrery.codec.api.BinaryEncoder;
import org.orrery.codec.api.ByteSink;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.stats.BlobStatistics;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.stats.StringStatistics;
import org.orrery.tsfile.stats.TextStatistics;

/**
 * {@link PagePoints} of byte-string values (TEXT, STRING, BLOB). The arrays are kept by reference
 * until the page is sealed, so callers must not modify a value after handing it to the writer.
 */
final class BinaryPagePoints extends PagePoints {
    /** Estimated per-point overhead: the timestamp and a length prefix. */
    private static final int POINT_OVERHEAD = 8 + 4;

    private final BinaryEncoder encoder;
    private byte[][] values;
    private long valueBytes;

    BinaryPagePoints(DataType type, Object encoder, int initialCapacity) {
        super(type, initialCapacity);
        this.encoder = (BinaryEncoder) encoder;
        this.values = new byte[times.length][];
    }

    @Override
    long estimatedBytes() {
        return (long) size * POINT_OVERHEAD + valueBytes;
    }

    @Override
    int valueBytes(Object column, int row) {
        return 4 + ((byte[][]) column)[row].length;
    }

    @Override
    int fitting(Object column, int from, int to, long budget) {
        byte[][] col = (byte[][]) column;
        long used = 0;
        int i = from;
        while (i < to) {
            used += POINT_OVERHEAD + col[i].length;
            if (used > budget && !(i == from && size == 0)) {
                break;
            }
            i++;
        }
        return i - from;
    }

    @Override
    protected void appendValues(Object column, int from, int n) {
        byte[][] col = (byte[][]) column;
        System.arraycopy(col, from, values, size, n);
        for (int i = 0; i < n; i++) {
            valueBytes += col[from + i].length;
        }
    }

    @Override
    void encodeValues(ByteSink out) {
        encoder.encode(values, 0, size, out);
    }

    @Override
    Statistics statistics() {
        switch (type) {
            case TEXT: {
                TextStatistics s = new TextStatistics();
                s.update(times, values, 0, size);
                return s;
            }
            case STRING: {
                StringStatistics s = new StringStatistics();
                s.update(times, values, 0, size);
                return s;
            }
            default: {
                BlobStatistics s = new BlobStatistics();
                s.update(times, 0, size);
                return s;
            }
        }
    }

    @Override
    void clear() {
        // Drop the references so sealed pages do not pin the caller's arrays.
        Arrays.fill(values, 0, size, null);
        valueBytes = 0;
        super.clear();
    }

    @Override
    protected void growValues(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }
}
