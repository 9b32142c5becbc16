package org.orrery.encoding.zigzag;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.IntDecoder;
import org.orrery.encoding.bits.IntArrayBuilder;
import org.orrery.encoding.bits.Truncation;
import org.orrery.encoding.bits.VarInts;

/** Reads {@link IntZigzagEncoder}'s blocks (one per page, several if concatenated). */
final class IntZigzagDecoder implements IntDecoder {
    private static final String CODEC = "ZIGZAG INT32";

    @Override
    public void decode(ByteBuffer in, int[] out, int offset, int count) {
        int filled = 0;
        try {
            while (filled < count) {
                if (!in.hasRemaining()) {
                    throw Truncation.tooFew(CODEC, count, filled);
                }
                int length = VarInts.readUnsigned(in);
                int n = VarInts.readUnsigned(in);
                int end = checkedEnd(in, length, n);
                for (int i = 0; i < n; i++) {
                    int v = VarInts.readZigZag(in);
                    if (filled < count) {
                        out[offset + filled++] = v;
                    }
                }
                checkEnd(in, end);
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
    }

    @Override
    public int[] decodeAll(ByteBuffer in) {
        IntArrayBuilder values = new IntArrayBuilder();
        try {
            while (in.hasRemaining()) {
                int length = VarInts.readUnsigned(in);
                int n = VarInts.readUnsigned(in);
                int end = checkedEnd(in, length, n);
                for (int i = 0; i < n; i++) {
                    values.add(VarInts.readZigZag(in));
                }
                checkEnd(in, end);
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
        return values.toArray();
    }

    /** Validates a block header: its bytes must be present and hold at least one byte per value. */
    static int checkedEnd(ByteBuffer in, int length, int count) {
        if (length < 0 || length > in.remaining()) {
            throw new CodecException("ZIGZAG block at byte " + in.position() + " claims " + length
                    + " bytes but only " + in.remaining() + " remain");
        }
        if (count < 0 || count > length) {
            throw new CodecException("ZIGZAG block at byte " + in.position() + " claims " + count
                    + " values in " + length + " bytes");
        }
        return in.position() + length;
    }

    static void checkEnd(ByteBuffer in, int end) {
        if (in.position() != end) {
            throw new CodecException("ZIGZAG block should end at byte " + end + " but its values end at "
                    + in.position());
        }
    }
}
