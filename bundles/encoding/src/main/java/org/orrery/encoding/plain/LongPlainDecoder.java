package org.orrery.encoding.plain;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.LongDecoder;
import org.orrery.encoding.bits.Truncation;

/** Reads {@link LongPlainEncoder}'s 8-byte values. */
final class LongPlainDecoder implements LongDecoder {
    @Override
    public void decode(ByteBuffer in, long[] out, int offset, int count) {
        try {
            for (int i = offset; i < offset + count; i++) {
                out[i] = in.getLong();
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of("PLAIN INT64", in, e);
        }
    }

    @Override
    public long[] decodeAll(ByteBuffer in) {
        long[] out = new long[in.remaining() / Long.BYTES];
        decode(in, out, 0, out.length);
        return out;
    }
}
