package org.orrery.encoding.zigzag;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.LongDecoder;
import org.orrery.encoding.bits.LongArrayBuilder;
import org.orrery.encoding.bits.Truncation;
import org.orrery.encoding.bits.VarInts;

/** Reads {@link LongZigzagEncoder}'s blocks. */
final class LongZigzagDecoder implements LongDecoder {
    private static final String CODEC = "ZIGZAG INT64";

    @Override
    public void decode(ByteBuffer in, long[] out, int offset, int count) {
        int filled = 0;
        try {
            while (filled < count) {
                if (!in.hasRemaining()) {
                    throw Truncation.tooFew(CODEC, count, filled);
                }
                int length = VarInts.readUnsigned(in);
                int n = VarInts.readUnsigned(in);
                int end = IntZigzagDecoder.checkedEnd(in, length, n);
                for (int i = 0; i < n; i++) {
                    long v = next(in);
                    if (filled < count) {
                        out[offset + filled++] = v;
                    }
                }
                IntZigzagDecoder.checkEnd(in, end);
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
    }

    @Override
    public long[] decodeAll(ByteBuffer in) {
        LongArrayBuilder values = new LongArrayBuilder();
        try {
            while (in.hasRemaining()) {
                int length = VarInts.readUnsigned(in);
                int n = VarInts.readUnsigned(in);
                int end = IntZigzagDecoder.checkedEnd(in, length, n);
                for (int i = 0; i < n; i++) {
                    values.add(next(in));
                }
                IntZigzagDecoder.checkEnd(in, end);
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
        return values.toArray();
    }

    private static long next(ByteBuffer in) {
        long u = VarInts.readUnsigned64(in);
        return (u >>> 1) ^ -(u & 1);
    }
}
