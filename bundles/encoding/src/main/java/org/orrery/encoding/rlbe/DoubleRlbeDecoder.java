package org.orrery.encoding.rlbe;

import java.nio.ByteBuffer;
import org.orrery.codec.api.DoubleDecoder;

/** Reads RLBE DOUBLE pages. */
final class DoubleRlbeDecoder implements DoubleDecoder {
    private final RlbeReader reader = new RlbeReader(64, "RLBE DOUBLE");
    private long[] scratch = new long[0];

    @Override
    public void decode(ByteBuffer in, double[] out, int offset, int count) {
        if (scratch.length < count) {
            scratch = new long[count];
        }
        reader.read(in, scratch, count);
        for (int i = 0; i < count; i++) {
            long v = scratch[i];
            out[offset + i] = Double.longBitsToDouble(v);
        }
    }

    @Override
    public double[] decodeAll(ByteBuffer in) {
        long[] all = reader.readAll(in);
        double[] out = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            long v = all[i];
            out[i] = Double.longBitsToDouble(v);
        }
        return out;
    }
}
