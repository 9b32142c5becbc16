package org.orrery.encoding.rle;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.LongEncoder;
import org.orrery.encoding.bits.Packing;

/**
 * RLE INT64. Bit width as for INT32 but up to 64; RLE run values are stored big-endian (the
 * official writer's {@code LongRleEncoder} differs from its int sibling here).
 */
public final class LongRleEncoder implements LongEncoder {
    private final RleHybridWriter writer = new RleHybridWriter(true);
    private long[] scratch = new long[0];

    @Override
    public void encode(long[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        long[] page = values;
        if (offset != 0) {
            if (scratch.length < count) {
                scratch = new long[count];
            }
            System.arraycopy(values, offset, scratch, 0, count);
            page = scratch;
        }
        int width = 1;
        for (int i = 0; i < count; i++) {
            width = Math.max(width, Packing.width(page[i]));
        }
        writer.writePage(page, count, width, out);
    }
}
