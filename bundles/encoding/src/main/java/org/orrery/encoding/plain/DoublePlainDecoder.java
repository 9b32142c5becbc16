package org.orrery.encoding.plain;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.DoubleDecoder;
import org.orrery.encoding.bits.Truncation;

/** Reads {@link DoublePlainEncoder}'s 8-byte IEEE values. */
final class DoublePlainDecoder implements DoubleDecoder {
    @Override
    public void decode(ByteBuffer in, double[] out, int offset, int count) {
        try {
            for (int i = offset; i < offset + count; i++) {
                out[i] = Double.longBitsToDouble(in.getLong());
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of("PLAIN DOUBLE", in, e);
        }
    }

    @Override
    public double[] decodeAll(ByteBuffer in) {
        double[] out = new double[in.remaining() / Double.BYTES];
        decode(in, out, 0, out.length);
        return out;
    }
}
