package org.orrery.encoding.gorillav1;

import java.nio.ByteBuffer;
import org.orrery.codec.api.DoubleDecoder;

/** Reads GORILLA_V1 DOUBLE pages, from Orrery or the official writer. */
final class DoubleGorillaV1Decoder implements DoubleDecoder {
    private final GorillaV1Reader reader = new GorillaV1Reader(GorillaV1Layout.DOUBLE, "GORILLA_V1 DOUBLE");
    private long[] bits = new long[0];

    @Override
    public void decode(ByteBuffer in, double[] out, int offset, int count) {
        if (bits.length < count) {
            bits = new long[count];
        }
        reader.read(in, bits, count);
        for (int i = 0; i < count; i++) {
            out[offset + i] = Double.longBitsToDouble(bits[i]);
        }
    }

    @Override
    public double[] decodeAll(ByteBuffer in) {
        long[] all = reader.readAll(in);
        double[] out = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = Double.longBitsToDouble(all[i]);
        }
        return out;
    }
}
