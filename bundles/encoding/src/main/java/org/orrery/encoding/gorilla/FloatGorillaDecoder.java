package org.orrery.encoding.gorilla;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.orrery.codec.api.FloatDecoder;
import org.orrery.encoding.bits.BitReader;
import org.orrery.encoding.bits.Truncation;

/** Reads {@link FloatGorillaEncoder}'s pages. */
public final class FloatGorillaDecoder implements FloatDecoder {
    private static final String CODEC = "GORILLA FLOAT";
    private final GorillaReader32 stream = new GorillaReader32();

    @Override
    public void decode(ByteBuffer in, float[] out, int offset, int count) {
        if (count == 0) {
            return;
        }
        try {
            BitReader bits = new BitReader(in);
            stream.start(bits);
            for (int i = offset; i < offset + count; i++) {
                int stored = stream.next();
                out[i] = Float.intBitsToFloat(stored);
            }
            // The end marker and the closing byte belong to this page.
            stream.next();
            GorillaPageEnd.skipClosingByte(bits, in);
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
    }

    /** Reads up to the end marker; a genuine value equal to the marker would end the page early. */
    @Override
    public float[] decodeAll(ByteBuffer in) {
        float[] out = new float[16];
        int size = 0;
        if (!in.hasRemaining()) {
            return Arrays.copyOf(out, 0);
        }
        try {
            BitReader bits = new BitReader(in);
            stream.start(bits);
            while (true) {
                int stored = stream.next();
                if (stored == FloatGorillaEncoder.END_MARKER) {
                    GorillaPageEnd.skipClosingByte(bits, in);
                    break;
                }
                if (size == out.length) {
                    out = Arrays.copyOf(out, size * 2);
                }
                out[size++] = Float.intBitsToFloat(stored);
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
        return Arrays.copyOf(out, size);
    }
}
