package org.orrery.encoding.rlbe;

import java.nio.ByteBuffer;
import org.orrery.codec.api.IntDecoder;

/** Reads RLBE INT32 pages. */
final class IntRlbeDecoder implements IntDecoder {
    private final RlbeReader reader = new RlbeReader(32, "RLBE INT32");
    private long[] scratch = new long[0];

    @Override
    public void decode(ByteBuffer in, int[] out, int offset, int count) {
        if (scratch.length < count) {
            scratch = new long[count];
        }
        reader.read(in, scratch, count);
        for (int i = 0; i < count; i++) {
            long v = scratch[i];
            out[offset + i] = (int) v;
        }
    }

    @Override
    public int[] decodeAll(ByteBuffer in) {
        long[] all = reader.readAll(in);
        int[] out = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            long v = all[i];
            out[i] = (int) v;
        }
        return out;
    }
}
