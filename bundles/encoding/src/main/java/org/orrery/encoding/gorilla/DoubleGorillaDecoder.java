package org.orrery.encoding.gorilla;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.orrery.codec.api.DoubleDecoder;
import org.orrery.encoding.bits.BitReader;
import org.orrery.encoding.bits.Truncation;

/** Reads {@link DoubleGorillaEncoder}'s pages. */
public final class DoubleGorillaDecoder implements DoubleDecoder {
    private static final String CODEC = "GORILLA DOUBLE";
    private final GorillaReader64 stream = new GorillaReader64();

    @Override
    public void decode(ByteBuffer in, double[] out, int offset, int count) {
        if (count == 0) {
            return;
        }
        try {
            BitReader bits = new BitReader(in);
            stream.start(bits);
            stream.readDoubles(out, offset, offset + count);
            // The end marker and the closing byte belong to this page.
            stream.next();
            GorillaPageEnd.skipClosingByte(bits, in);
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
    }

    /** Reads up to the end marker; a genuine value equal to the marker would end the page early. */
    @Override
    public double[] decodeAll(ByteBuffer in) {
        double[] out = new double[16];
        int size = 0;
        if (!in.hasRemaining()) {
            return Arrays.copyOf(out, 0);
        }
        try {
            BitReader bits = new BitReader(in);
            stream.start(bits);
            while (true) {
                long stored = stream.next();
                if (stored == DoubleGorillaEncoder.END_MARKER) {
                    GorillaPageEnd.skipClosingByte(bits, in);
                    break;
                }
                if (size == out.length) {
                    out = Arrays.copyOf(out, size * 2);
                }
                out[size++] = Double.longBitsToDouble(stored);
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
        return Arrays.copyOf(out, size);
    }
}
