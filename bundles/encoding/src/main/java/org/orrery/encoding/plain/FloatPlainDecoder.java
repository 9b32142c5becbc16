package org.orrery.encoding.plain;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.FloatDecoder;
import org.orrery.encoding.bits.Truncation;

/** Reads {@link FloatPlainEncoder}'s 4-byte IEEE values. */
final class FloatPlainDecoder implements FloatDecoder {
    @Override
    public void decode(ByteBuffer in, float[] out, int offset, int count) {
        try {
            for (int i = offset; i < offset + count; i++) {
                out[i] = Float.intBitsToFloat(in.getInt());
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of("PLAIN FLOAT", in, e);
        }
    }

    @Override
    public float[] decodeAll(ByteBuffer in) {
        float[] out = new float[in.remaining() / Float.BYTES];
        decode(in, out, 0, out.length);
        return out;
    }
}
