package org.orrery.encoding.gorilla;

import org.orrery.encoding.bits.BitWriter;

/**
 * The 64-bit XOR stream of GORILLA ({@code LongGorillaEncoder}): as {@link GorillaWriter32} with a
 * 64-bit first value and 6-bit leading-zero and significant-length fields.
 */
final class GorillaWriter64 {
    private static final int LEADING_BITS = 6;
    private static final int SIGNIFICANT_BITS = 6;

    private BitWriter bits;
    private boolean first;
    private long stored;
    private int storedLeading;
    private int storedTrailing;

    void start(BitWriter writer) {
        bits = writer;
        first = true;
        stored = 0;
        storedLeading = Integer.MAX_VALUE;
        storedTrailing = 0;
    }

    void add(long value) {
        if (first) {
            bits.writeBits(value, 64);
            stored = value;
            first = false;
            return;
        }
        long xor = stored ^ value;
        stored = value;
        if (xor == 0) {
            bits.writeBit(false);
            return;
        }
        int leading = Long.numberOfLeadingZeros(xor);
        int trailing = Long.numberOfTrailingZeros(xor);
        if (leading >= storedLeading && trailing >= storedTrailing) {
            int length = 64 - storedLeading - storedTrailing;
            // The XOR has no bits outside the window, so the shifted value fits in `length` bits;
            // control bits and value go in one call when they fit in a long (fewer accumulator updates).
            long window = xor >>> storedTrailing;
            if (length <= 62) {
                bits.writeBits((0b10L << length) | window, 2 + length);
            } else {
                bits.writeBits(0b10, 2);
                bits.writeBits(window, length);
            }
        } else {
            int significant = 64 - leading - trailing;
            // Control bits 11, leading zeros, length and (when they fit) the significant bits in one call.
            long header = (0b11L << (LEADING_BITS + SIGNIFICANT_BITS)) | ((long) leading << SIGNIFICANT_BITS)
                    | (significant - 1);
            int headerBits = 2 + LEADING_BITS + SIGNIFICANT_BITS;
            if (significant <= 64 - headerBits) {
                bits.writeBits((header << significant) | (xor >>> trailing), headerBits + significant);
            } else {
                bits.writeBits(header, headerBits);
                bits.writeBits(xor >>> trailing, significant);
            }
            storedLeading = leading;
            storedTrailing = trailing;
        }
    }

    void finish(long endMarker) {
        add(endMarker);
        bits.flushByte();
    }
}
