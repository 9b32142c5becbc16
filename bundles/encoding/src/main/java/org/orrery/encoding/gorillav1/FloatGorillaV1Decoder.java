package org.orrery.encoding.gorillav1;

import java.nio.ByteBuffer;
import org.orrery.codec.api.FloatDecoder;

/** Reads GORILLA_V1 FLOAT pages, from Orrery or the official writer. */
final class FloatGorillaV1Decoder implements FloatDecoder {
    private final GorillaV1Reader reader = new GorillaV1Reader(GorillaV1Layout.FLOAT, "GORILLA_V1 FLOAT");
    private long[] bits = new long[0];

    @Override
    public void decode(ByteBuffer in, float[] out, int offset, int count) {
        if (bits.length < count) {
            bits = new long[count];
        }
        reader.read(in, bits, count);
        for (int i = 0; i < count; i++) {
            out[offset + i] = Float.intBitsToFloat((int) bits[i]);
        }
    }

    @Override
    public float[] decodeAll(ByteBuffer in) {
        long[] all = reader.readAll(in);
        float[] out = new float[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = Float.intBitsToFloat((int) all[i]);
        }
        return out;
    }
}
