package org.orrery.encoding.rlbe;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.IntEncoder;

/** RLBE INT32: {@link RlbeWriter} over the values. */
final class IntRlbeEncoder implements IntEncoder {
    private final RlbeWriter writer = new RlbeWriter(32);
    private long[] scratch = new long[0];

    @Override
    public void encode(int[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (scratch.length < count) {
            scratch = new long[count];
        }
        for (int i = 0; i < count; i++) {
            scratch[i] = values[offset + i] & 0xFFFFFFFFL;
        }
        writer.writePage(scratch, count, out);
    }
}
