package org.orrery.encoding.scaled;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.FloatDecoder;
import org.orrery.codec.api.IntDecoder;
import org.orrery.encoding.bits.Truncation;

/** Reads FLOAT pages of RLE / TS_2DIFF written by {@link ScaledFloatEncoder} or the official writer. */
public final class ScaledFloatDecoder implements FloatDecoder {
    private final IntDecoder inner;
    private final String codec;
    private int[] stored = new int[0];

    public ScaledFloatDecoder(IntDecoder inner, String codec) {
        this.inner = inner;
        this.codec = codec;
    }

    @Override
    public void decode(ByteBuffer in, float[] out, int offset, int count) {
        if (count == 0) {
            return;
        }
        ScaledPageHeader.Parsed header = header(in);
        if (stored.length < count) {
            stored = new int[count];
        }
        inner.decode(in, stored, 0, count);
        convert(header, stored, out, offset, count);
    }

    @Override
    public float[] decodeAll(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return new float[0];
        }
        ScaledPageHeader.Parsed header = header(in);
        int[] all = inner.decodeAll(in);
        float[] out = new float[all.length];
        convert(header, all, out, 0, all.length);
        return out;
    }

    private ScaledPageHeader.Parsed header(ByteBuffer in) {
        try {
            return ScaledPageHeader.read(in, codec);
        } catch (BufferUnderflowException e) {
            throw Truncation.of(codec, in, e);
        }
    }

    private static void convert(ScaledPageHeader.Parsed header, int[] stored, float[] out, int offset, int count) {
        for (int i = 0; i < count; i++) {
            out[offset + i] = header.isRaw(i)
                    ? Float.intBitsToFloat(stored[i])
                    : (float) (stored[i] / header.divisor(i));
        }
    }
}
