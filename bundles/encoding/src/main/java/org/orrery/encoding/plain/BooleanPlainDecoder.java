package org.orrery.encoding.plain;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.BooleanDecoder;
import org.orrery.encoding.bits.Truncation;

/** Reads {@link BooleanPlainEncoder}'s bytes; any non-zero byte is true, as in the official reader. */
final class BooleanPlainDecoder implements BooleanDecoder {
    @Override
    public void decode(ByteBuffer in, boolean[] out, int offset, int count) {
        try {
            for (int i = offset; i < offset + count; i++) {
                out[i] = in.get() != 0;
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of("PLAIN BOOLEAN", in, e);
        }
    }

    @Override
    public boolean[] decodeAll(ByteBuffer in) {
        boolean[] out = new boolean[in.remaining()];
        decode(in, out, 0, out.length);
        return out;
    }
}
