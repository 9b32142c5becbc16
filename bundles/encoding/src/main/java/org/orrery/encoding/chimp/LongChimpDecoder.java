package org.orrery.encoding.chimp;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.orrery.codec.api.LongDecoder;
import org.orrery.encoding.bits.BitReader;
import org.orrery.encoding.bits.Truncation;

/** Reads {@link LongChimpEncoder}'s pages. */
final class LongChimpDecoder implements LongDecoder {
    private static final String CODEC = "CHIMP INT64";
    private final ChimpReader stream = new ChimpReader(ChimpLayout.BITS_64, CODEC);

    @Override
    public void decode(ByteBuffer in, long[] out, int offset, int count) {
        if (count == 0) {
            return;
        }
        try {
            BitReader bits = new BitReader(in);
            stream.start(bits);
            for (int i = offset; i < offset + count; i++) {
                long stored = stream.next();
                out[i] = stored;
            }
            stream.next();
            skipClosingByte(bits, in);
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
    }

    /** Reads up to the end marker; a genuine value equal to the marker would end the page early. */
    @Override
    public long[] decodeAll(ByteBuffer in) {
        long[] out = new long[16];
        int size = 0;
        if (!in.hasRemaining()) {
            return Arrays.copyOf(out, 0);
        }
        try {
            BitReader bits = new BitReader(in);
            stream.start(bits);
            while (true) {
                long stored = stream.next();
                if (stored == LongChimpEncoder.END_MARKER) {
                    skipClosingByte(bits, in);
                    break;
                }
                if (size == out.length) {
                    out = Arrays.copyOf(out, size * 2);
                }
                out[size++] = stored;
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
        return Arrays.copyOf(out, size);
    }

    /** The writer always adds one byte after the marker; if the marker ended on a byte boundary it is unread. */
    private static void skipClosingByte(BitReader bits, ByteBuffer in) {
        // Return the reader's read-ahead first, so the position is just past the marker's last byte.
        bits.release();
        if (bits.bitsLeftInByte() == 0 && in.hasRemaining()) {
            in.get();
        }
    }
}
