package org.orrery.encoding.gorillav1;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.CodecException;
import org.orrery.encoding.bits.BitReader;
import org.orrery.encoding.bits.LongArrayBuilder;
import org.orrery.encoding.bits.Truncation;

/** Reads GORILLA_V1 pages written by {@link GorillaV1Writer} or the official writer. */
final class GorillaV1Reader {
    private final GorillaV1Layout layout;
    private final String codec;

    GorillaV1Reader(GorillaV1Layout layout, String codec) {
        this.layout = layout;
        this.codec = codec;
    }

    /** Reads exactly {@code count} values' bit patterns, or fails if the end marker comes first. */
    void read(ByteBuffer in, long[] out, int count) {
        if (count == 0) {
            return;
        }
        try {
            long value = first(in);
            BitReader bits = new BitReader(in);
            for (int i = 0; i < count; i++) {
                if (layout.isEnd(value)) {
                    throw new CodecException(codec + " page ended (NaN end marker) after " + i + " of " + count
                            + " values");
                }
                out[i] = value;
                value = next(bits, value);
            }
            if (!layout.isEnd(value)) {
                throw new CodecException(codec + " page holds more than the " + count + " values expected");
            }
            // The page ends with the marker's byte: return the read-ahead so the position is there.
            bits.release();
        } catch (BufferUnderflowException e) {
            throw Truncation.of(codec, in, e);
        }
    }

    long[] readAll(ByteBuffer in) {
        LongArrayBuilder values = new LongArrayBuilder();
        if (!in.hasRemaining()) {
            return values.toArray();
        }
        try {
            long value = first(in);
            BitReader bits = new BitReader(in);
            while (!layout.isEnd(value)) {
                values.add(value);
                value = next(bits, value);
            }
            bits.release();
        } catch (BufferUnderflowException e) {
            throw Truncation.of(codec, in, e);
        }
        return values.toArray();
    }

    private long first(ByteBuffer in) {
        long value = 0;
        for (int i = 0; i < layout.width / 8; i++) {
            value |= (long) (in.get() & 0xFF) << (8 * i);
        }
        return value;
    }

    private long next(BitReader bits, long previous) {
        if (!bits.readBit()) {
            return previous;
        }
        if (!bits.readBit()) {
            int leading = layout.leadingZeros(previous);
            int trailing = layout.trailingZeros(previous);
            return previous ^ (bits.readBits(layout.width - leading - trailing) << trailing);
        }
        int leading = (int) bits.readBits(layout.leadingBits);
        int meaningful = (int) bits.readBits(layout.lengthBits);
        int shift = layout.width - leading - meaningful;
        if (shift < 0 || meaningful == 0) {
            throw new CodecException(codec + " window of " + leading + " leading zeros and " + meaningful
                    + " meaningful bits does not fit " + layout.width + " bits");
        }
        return previous ^ (bits.readBits(meaningful) << shift);
    }
}
