package org.orrery.encoding.rlbe;

import java.nio.ByteBuffer;
import org.orrery.codec.api.FloatDecoder;

/** Reads RLBE FLOAT pages. */
final class FloatRlbeDecoder implements FloatDecoder {
    private final RlbeReader reader = new RlbeReader(32, "RLBE FLOAT");
    private long[] scratch = new long[0];

    @Override
    public void decode(ByteBuffer in, float[] out, int offset, int count) {
        if (scratch.length < count) {
            scratch = new long[count];
        }
        reader.read(in, scratch, count);
        for (int i = 0; i < count; i++) {
            long v = scratch[i];
            out[offset + i] = Float.intBitsToFloat((int) v);
        }
    }

    @Override
    public float[] decodeAll(ByteBuffer in) {
        long[] all = reader.readAll(in);
        float[] out = new float[all.length];
        for (int i = 0; i < all.length; i++) {
            long v = all[i];
            out[i] = Float.intBitsToFloat((int) v);
        }
        return out;
    }
}
