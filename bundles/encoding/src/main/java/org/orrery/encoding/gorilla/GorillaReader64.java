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
}
