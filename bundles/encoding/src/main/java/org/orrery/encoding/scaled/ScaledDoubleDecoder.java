package org.orrery.encoding.scaled;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.DoubleDecoder;
import org.orrery.codec.api.LongDecoder;
import org.orrery.encoding.bits.Truncation;

/** Reads DOUBLE pages of RLE / TS_2DIFF written by {@link ScaledDoubleEncoder} or the official writer. */
public final class ScaledDoubleDecoder implements DoubleDecoder {
    private final LongDecoder inner;
    private final String codec;
    private long[] stored = new long[0];

    public ScaledDoubleDecoder(LongDecoder inner, String codec) {
        this.inner = inner;
        this.codec = codec;
    }

    @Override
    public void decode(ByteBuffer in, double[] out, int offset, int count) {
        if (count == 0) {
            return;
        }
        ScaledPageHeader.Parsed header = header(in);
        if (stored.length < count) {
            stored = new long[count];
        }
        inner.decode(in, stored, 0, count);
        convert(header, stored, out, offset, count);
    }

    @Override
    public double[] decodeAll(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return new double[0];
        }
        ScaledPageHeader.Parsed header = header(in);
        long[] all = inner.decodeAll(in);
        double[] out = new double[all.length];
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

    private static void convert(ScaledPageHeader.Parsed header, long[] stored, double[] out, int offset, int count) {
        for (int i = 0; i < count; i++) {
            out[offset + i] = header.isRaw(i)
                    ? Double.longBitsToDouble(stored[i])
                    : stored[i] / header.divisor(i);
        }
    }
}
