package org.orrery.encoding.rlbe;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.DoubleEncoder;

/** RLBE DOUBLE: {@link RlbeWriter} over the raw IEEE bits (as the official writer; exact). */
final class DoubleRlbeEncoder implements DoubleEncoder {
    private final RlbeWriter writer = new RlbeWriter(64);
    private long[] scratch = new long[0];

    @Override
    public void encode(double[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (scratch.length < count) {
            scratch = new long[count];
        }
        for (int i = 0; i < count; i++) {
            scratch[i] = Double.doubleToRawLongBits(values[offset + i]);
        }
        writer.writePage(scratch, count, out);
    }
}
