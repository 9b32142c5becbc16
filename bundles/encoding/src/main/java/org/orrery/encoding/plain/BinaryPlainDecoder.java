package org.orrery.encoding.plain;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.orrery.codec.api.BinaryDecoder;
import org.orrery.codec.api.CodecException;
import org.orrery.encoding.bits.Truncation;
import org.orrery.encoding.bits.VarInts;

/** Reads {@link BinaryPlainEncoder}'s length-prefixed values. */
final class BinaryPlainDecoder implements BinaryDecoder {
    @Override
    public void decode(ByteBuffer in, byte[][] out, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            out[i] = next(in);
        }
    }

    @Override
    public byte[][] decodeAll(ByteBuffer in) {
        List<byte[]> values = new ArrayList<>();
        while (in.hasRemaining()) {
            values.add(next(in));
        }
        return values.toArray(new byte[0][]);
    }

    static byte[] next(ByteBuffer in) {
        try {
            int length = VarInts.readZigZag(in);
            if (length < 0 || length > in.remaining()) {
                throw new CodecException("PLAIN binary value length " + length + " at byte " + in.position()
                        + " exceeds the " + in.remaining() + " bytes left in the page");
            }
            byte[] v = new byte[length];
            in.get(v);
            return v;
        } catch (BufferUnderflowException e) {
            throw Truncation.of("PLAIN BINARY", in, e);
        }
    }
}
