package org.orrery.encoding.gorillav1;

import org.orrery.codec.api.ByteSink;
import org.orrery.encoding.bits.BitWriter;

/**
 * Writes one GORILLA_V1 page of IEEE bit patterns (zero-extended to long for FLOAT): the first
 * value as little-endian bytes, then per value {@code 0} (same), {@code 10} + the bits inside the
 * previous value's leading/trailing-zero window, or {@code 11} + leading zeros + meaningful length
 * + meaningful bits; finally the canonical NaN as end marker and zero padding to a byte.
 */
final class GorillaV1Writer {
    private final GorillaV1Layout layout;

    GorillaV1Writer(GorillaV1Layout layout) {
        this.layout = layout;
    }

    /** {@code bits[0 .. count-1]} must hold no NaN (checked by the callers). */
    void writePage(long[] bits, int count, long endMarker, ByteSink out) {
        long previous = bits[0];
        for (int i = 0; i < layout.width / 8; i++) {
            out.write((int) (previous >>> (8 * i)));
        }
        BitWriter writer = new BitWriter(out);
        for (int i = 1; i <= count; i++) {
            long value = i < count ? bits[i] : endMarker;
            long xor = previous ^ value;
            if (xor == 0) {
                writer.writeBit(false);
            } else {
                int leading = layout.leadingZeros(xor);
                int trailing = layout.trailingZeros(xor);
                int windowLeading = layout.leadingZeros(previous);
                int windowTrailing = layout.trailingZeros(previous);
                if (leading >= windowLeading && trailing >= windowTrailing) {
                    writer.writeBits(0b10, 2);
                    writer.writeBits(xor >>> windowTrailing, layout.width - windowLeading - windowTrailing);
                } else {
                    int meaningful = layout.width - leading - trailing;
                    // Control bits 11, leading zeros and length in one call.
                    long header = (((0b11L << layout.leadingBits) | leading) << layout.lengthBits) | meaningful;
                    writer.writeBits(header, 2 + layout.leadingBits + layout.lengthBits);
                    writer.writeBits(xor >>> trailing, meaningful);
                }
            }
            previous = value;
        }
        writer.padToByte();
    }
}
