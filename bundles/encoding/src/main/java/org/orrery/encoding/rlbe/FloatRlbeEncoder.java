package org.orrery.encoding.rlbe;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.FloatEncoder;

/** RLBE FLOAT: {@link RlbeWriter} over the raw IEEE bits (the official writer does the same; exact, unlike the scaled wrapper of RLE and TS_2DIFF). */
final class FloatRlbeEncoder implements FloatEncoder {
    private final RlbeWriter writer = new RlbeWriter(32);
    private long[] scratch = new long[0];

    @Override
    public void encode(float[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (scratch.length < count) {
            scratch = new long[count];
        }
        for (int i = 0; i < count; i++) {
            scratch[i] = Float.floatToRawIntBits(values[offset + i]) & 0xFFFFFFFFL;
        }
        writer.writePage(scratch, count, out);
    }
}
