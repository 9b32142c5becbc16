package org.orrery.encoding.gorilla;

import org.orrery.codec.api.CodecException;
import org.orrery.encoding.bits.BitReader;

/** Reads the stream of {@link GorillaWriter64}, one value per {@link #next()}. */
final class GorillaReader64 {
    private BitReader bits;
    private boolean first;
    private long stored;
    private int storedLeading;
    private int storedTrailing;

    void start(BitReader reader) {
        bits = reader;
        first = true;
        stored = 0;
        storedLeading = 0;
        storedTrailing = 0;
    }

    long next() {
        if (first) {
            first = false;
            stored = bits.readBits(64);
            return stored;
        }
        if (!bits.readBit()) {
            return stored;
        }
        if (bits.readBit()) {
            storedLeading = (int) bits.readBits(6);
            int significant = (int) bits.readBits(6) + 1;
            storedTrailing = 64 - storedLeading - significant;
            if (storedTrailing < 0) {
                throw new CodecException("GORILLA window of " + storedLeading + " leading zeros and "
                        + significant + " significant bits exceeds 64 bits");
            }
        }
        int significant = 64 - storedLeading - storedTrailing;
        long xor = bits.readBits(significant) << storedTrailing;
        stored ^= xor;
        return stored;
    }

    /**
     * Reads values {@code [from, to)} into {@code out} as doubles: the same stream as repeated
     * {@link #next()} calls, with the stream state held in locals for the loop (a page decodes
     * thousands of values through here).
     */
    void readDoubles(double[] out, int from, int to) {
        int i = from;
        if (i < to && first) {
            out[i++] = Double.longBitsToDouble(next());
        }
        long value = stored;
        int leading = storedLeading;
        int trailing = storedTrailing;
        BitReader in = bits;
        for (; i < to; i++) {
            if (in.readBit()) {
                if (in.readBit()) {
                    leading = (int) in.readBits(6);
                    int significant = (int) in.readBits(6) + 1;
                    trailing = 64 - leading - significant;
                    if (trailing < 0) {
                        throw new CodecException("GORILLA window of " + leading + " leading zeros and "
                                + significant + " significant bits exceeds 64 bits");
                    }
                }
                value ^= in.readBits(64 - leading - trailing) << trailing;
            }
            out[i] = Double.longBitsToDouble(value);
        }
        stored = value;
        storedLeading = leading;
        storedTrailing = trailing;
    }
}
