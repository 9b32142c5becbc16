package org.orrery.encoding.ts2diff;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.LongEncoder;
import org.orrery.encoding.bits.Packing;

/**
 * TS_2DIFF INT64, the default time-column encoding: as {@link IntTs2DiffEncoder} but the minimum
 * delta and first value are int64 (count and width stay int32). Evenly spaced timestamps pack
 * with width 0: 24 bytes per 129 points.
 */
public final class LongTs2DiffEncoder implements LongEncoder {
    private final long[] deltas = new long[IntTs2DiffEncoder.BLOCK_DELTAS];
    /** Never cleared, for byte identity with the official writer; see {@link IntTs2DiffEncoder}. */
    private final byte[] packed = new byte[IntTs2DiffEncoder.BLOCK_DELTAS * Long.BYTES];

    @Override
    public void encode(long[] values, int offset, int count, ByteSink out) {
        int end = offset + count;
        int i = offset;
        while (i < end) {
            long first = values[i];
            int n = Math.min(IntTs2DiffEncoder.BLOCK_DELTAS, end - i - 1);
            long minDelta = Long.MAX_VALUE;
            long maxDelta = Long.MIN_VALUE;
            long previous = first;
            for (int j = 0; j < n; j++) {
                long v = values[i + 1 + j];
                long d = v - previous;
                deltas[j] = d;
                minDelta = Math.min(minDelta, d);
                maxDelta = Math.max(maxDelta, d);
                previous = v;
            }
            // Every delta minus the minimum, read as unsigned, is its true distance from the
            // minimum, so the largest delta needs the most bits: one width computation per block.
            int width = n == 0 ? 0 : Packing.width(maxDelta - minDelta);
            out.writeInt(n);
            out.writeInt(width);
            out.writeLong(minDelta);
            out.writeLong(first);
            int bytes = (n * width + 7) / 8;
            // Width 0 (evenly spaced timestamps, the common case) packs nothing.
            if (width > 0) {
                for (int j = 0; j < n; j++) {
                    Packing.put(packed, (long) j * width, width, deltas[j] - minDelta);
                }
            }
            out.write(packed, 0, bytes);
            i += n + 1;
        }
    }
}
