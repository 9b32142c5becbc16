package org.orrery.encoding.gorilla;

import org.orrery.codec.api.CodecException;
import org.orrery.encoding.bits.BitReader;

/** Reads the stream of {@link GorillaWriter32}, one value per {@link #next()}. */
final class GorillaReader32 {
    private BitReader bits;
    private boolean first;
    private int stored;
    private int storedLeading;
    private int storedTrailing;

    void start(BitReader reader) {
        bits = reader;
        first = true;
        stored = 0;
        storedLeading = 0;
        storedTrailing = 0;
    }

    int next() {
        if (first) {
            first = false;
            stored = (int) bits.readBits(32);
            return stored;
        }
        if (!bits.readBit()) {
            return stored;
        }
        if (bits.readBit()) {
            storedLeading = (int) bits.readBits(5);
            int significant = (int) bits.readBits(5) + 1;
            storedTrailing = 32 - storedLeading - significant;
            if (storedTrailing < 0) {
                throw new CodecException("GORILLA window of " + storedLeading + " leading zeros and "
                        + significant + " significant bits exceeds 32 bits");
            }
        }
        int significant = 32 - storedLeading - storedTrailing;
        int xor = (int) bits.readBits(significant) << storedTrailing;
        stored ^= xor;
        return stored;
    }
}
