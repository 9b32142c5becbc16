package org.orrery.encoding.gorilla;

import org.orrery.encoding.bits.BitWriter;

/**
 * The 32-bit XOR stream of GORILLA (TsFile's {@code IntGorillaEncoder}, after Pelkonen et al.,
 * "Gorilla", VLDB 2015, §4.1.2): first value in 32 bits; then per value {@code 0} if equal to the
 * previous one, {@code 10} + the XOR's bits inside the current leading/trailing-zero window,
 * or {@code 11} + 5-bit leading zeros + 5-bit (significant bits - 1) + the significant bits,
 * which sets a new window. A page ends with an end marker value and one more byte, always written.
 */
final class GorillaWriter32 {
    private static final int LEADING_BITS = 5;
    private static final int SIGNIFICANT_BITS = 5;

    private BitWriter bits;
    private boolean first;
    private int stored;
    private int storedLeading;
    private int storedTrailing;

    void start(BitWriter writer) {
        bits = writer;
        first = true;
        stored = 0;
        storedLeading = Integer.MAX_VALUE;
        storedTrailing = 0;
    }

    void add(int value) {
        if (first) {
            bits.writeBits(value, 32);
            stored = value;
            first = false;
            return;
        }
        int xor = stored ^ value;
        stored = value;
        if (xor == 0) {
            bits.writeBit(false);
            return;
        }
        int leading = Integer.numberOfLeadingZeros(xor);
        int trailing = Integer.numberOfTrailingZeros(xor);
        // Unsigned: the XOR's bits only, never a sign extension.
        long unsigned = xor & 0xFFFFFFFFL;
        if (leading >= storedLeading && trailing >= storedTrailing) {
            int length = 32 - storedLeading - storedTrailing;
            // Control bits and the window's bits (at most 34 bits) in one accumulator update.
            bits.writeBits((0b10L << length) | (unsigned >>> storedTrailing), 2 + length);
        } else {
            int significant = 32 - leading - trailing;
            // Control bits 11, leading zeros, length and the significant bits (at most 44 bits) in one call.
            bits.writeBits((((0b11L << (LEADING_BITS + SIGNIFICANT_BITS)) | ((long) leading << SIGNIFICANT_BITS)
                    | (significant - 1)) << significant) | (unsigned >>> trailing),
                    2 + LEADING_BITS + SIGNIFICANT_BITS + significant);
            storedLeading = leading;
            storedTrailing = trailing;
        }
    }

    /** Appends the end marker and the closing byte. */
    void finish(int endMarker) {
        add(endMarker);
        bits.flushByte();
    }
}
