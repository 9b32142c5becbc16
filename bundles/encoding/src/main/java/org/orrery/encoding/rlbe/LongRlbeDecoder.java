package org.orrery.encoding.rlbe;

import java.nio.ByteBuffer;
import org.orrery.codec.api.LongDecoder;

/** Reads RLBE INT64 pages. */
final class LongRlbeDecoder implements LongDecoder {
    private final RlbeReader reader = new RlbeReader(64, "RLBE INT64");
    private long[] scratch = new long[0];

    @Override
    public void decode(ByteBuffer in, long[] out, int offset, int count) {
        if (scratch.length < count) {
            scratch = new long[count];
        }
        reader.read(in, scratch, count);
        for (int i = 0; i < count; i++) {
            long v = scratch[i];
            out[offset + i] = v;
        }
    }

    @Override
    public long[] decodeAll(ByteBuffer in) {
        long[] all = reader.readAll(in);
        long[] out = new long[all.length];
        for (int i = 0; i < all.length; i++) {
            long v = all[i];
            out[i] = v;
        }
        return out;
    }
}
