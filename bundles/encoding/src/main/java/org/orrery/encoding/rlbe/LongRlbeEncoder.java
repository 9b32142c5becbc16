package org.orrery.encoding.rlbe;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.LongEncoder;

/** RLBE INT64: {@link RlbeWriter} over the values. */
final class LongRlbeEncoder implements LongEncoder {
    private final RlbeWriter writer = new RlbeWriter(64);
    private long[] scratch = new long[0];

    @Override
    public void encode(long[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (scratch.length < count) {
            scratch = new long[count];
        }
        for (int i = 0; i < count; i++) {
            scratch[i] = values[offset + i];
        }
        writer.writePage(scratch, count, out);
    }
}
