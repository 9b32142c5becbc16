package org.orrery.encoding.ts2diff;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.IntEncoder;
import org.orrery.encoding.bits.Packing;

/**
 * TS_2DIFF INT32 ({@code DeltaBinaryEncoder}): blocks of one verbatim value plus up to
 * {@value #BLOCK_DELTAS} deltas. Each block: int32 delta count, int32 bit width, int32 minimum
 * delta ({@code Integer.MAX_VALUE} when there is none), int32 first value, then every
 * {@code delta - minDelta} packed MSB-first in {@code width} bits. Subtracting the minimum delta
 * (the "second difference") makes a regular series pack in zero bits. Arithmetic wraps, which the
 * decoder undoes exactly, so extremes are lossless.
 */
public final class IntTs2DiffEncoder implements IntEncoder {
    /** Deltas per block after the first value (TsFile BLOCK_DEFAULT_SIZE); fixes the byte layout. */
    static final int BLOCK_DELTAS = 128;

    private final int[] deltas = new int[BLOCK_DELTAS];
    /**
     * Packing area, deliberately never cleared: the official encoder reuses its block buffer the
     * same way, so the padding bits of a block's last byte repeat bits of earlier blocks (of this
     * page or earlier pages of the same encoder). Keeping that makes our bytes identical to the
     * official writer's when one encoder instance serves one chunk, as there. Readers ignore them.
     */
    private final byte[] packed = new byte[BLOCK_DELTAS * Integer.BYTES];

    @Override
    public void encode(int[] values, int offset, int count, ByteSink out) {
        int end = offset + count;
        int i = offset;
        while (i < end) {
            int first = values[i];
            int n = Math.min(BLOCK_DELTAS, end - i - 1);
            int minDelta = Integer.MAX_VALUE;
            int previous = first;
            for (int j = 0; j < n; j++) {
                int v = values[i + 1 + j];
                int d = v - previous;
                deltas[j] = d;
                minDelta = Math.min(minDelta, d);
                previous = v;
            }
            int width = 0;
            for (int j = 0; j < n; j++) {
                deltas[j] -= minDelta;
                width = Math.max(width, Packing.width(deltas[j]));
            }
            out.writeInt(n);
            out.writeInt(width);
            out.writeInt(minDelta);
            out.writeInt(first);
            int bytes = (n * width + 7) / 8;
            for (int j = 0; j < n; j++) {
                Packing.put(packed, (long) j * width, width, deltas[j] & 0xFFFFFFFFL);
            }
            out.write(packed, 0, bytes);
            i += n + 1;
        }
    }
}
