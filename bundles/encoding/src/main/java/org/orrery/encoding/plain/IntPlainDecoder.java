package org.orrery.encoding.plain;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.IntDecoder;
import org.orrery.encoding.bits.IntArrayBuilder;
import org.orrery.encoding.bits.Truncation;
import org.orrery.encoding.bits.VarInts;

/** Reads {@link IntPlainEncoder}'s zig-zag varints. */
final class IntPlainDecoder implements IntDecoder {
    @Override
    public void decode(ByteBuffer in, int[] out, int offset, int count) {
        try {
            for (int i = offset; i < offset + count; i++) {
                out[i] = VarInts.readZigZag(in);
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of("PLAIN INT32", in, e);
        }
    }

    @Override
    public int[] decodeAll(ByteBuffer in) {
        IntArrayBuilder values = new IntArrayBuilder();
        try {
            while (in.hasRemaining()) {
                values.add(VarInts.readZigZag(in));
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of("PLAIN INT32", in, e);
        }
        return values.toArray();
    }
}
