package org.orrery.encoding.rle;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.IntEncoder;
import org.orrery.encoding.bits.Packing;

/**
 * RLE INT32. The bit width is the widest value of the page (a negative value needs all 32 bits),
 * at least 1; RLE run values are stored little-endian.
 */
public final class IntRleEncoder implements IntEncoder {
    private final RleHybridWriter writer = new RleHybridWriter(false);
    private long[] scratch = new long[0];

    @Override
    public void encode(int[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (scratch.length < count) {
            scratch = new long[count];
        }
        int width = 1;
        for (int i = 0; i < count; i++) {
            int v = values[offset + i];
            width = Math.max(width, Packing.width(v));
            scratch[i] = v & 0xFFFFFFFFL;
        }
        writer.writePage(scratch, count, width, out);
    }
}
