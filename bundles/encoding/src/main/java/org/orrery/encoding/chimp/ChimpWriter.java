package org.orrery.encoding.chimp;

import java.util.Arrays;
import org.orrery.encoding.bits.BitWriter;

/**
 * Writes one CHIMP page, choosing exactly as the official encoder does (same hash of the low
 * bits, same ring of recent values, same tie rules), so the bytes are identical. 32-bit values
 * are passed zero-extended.
 */
final class ChimpWriter {
    private final ChimpLayout layout;
    private final long[] stored;
    private final int[] indices;
    private BitWriter bits;
    private boolean first;
    private int index;
    private int current;
    private int storedLeading;

    ChimpWriter(ChimpLayout layout) {
        this.layout = layout;
        this.stored = new long[layout.previousValues];
        this.indices = new int[layout.keyMask + 1];
    }

    void start(BitWriter writer) {
        bits = writer;
        first = true;
        index = 0;
        current = 0;
        storedLeading = Integer.MAX_VALUE;
        Arrays.fill(stored, 0);
        Arrays.fill(indices, 0);
    }

    void add(long value) {
        int key = (int) value & layout.keyMask;
        if (first) {
            first = false;
            stored[current] = value;
            bits.writeBits(value, layout.width);
            indices[key] = index;
            return;
        }
        long xor;
        int previousIndex;
        int trailing = 0;
        int candidate = indices[key];
        if (index - candidate < layout.previousValues) {
            long candidateXor = value ^ stored[candidate % layout.previousValues];
            trailing = layout.trailingZeros(candidateXor);
            if (trailing > layout.threshold) {
                previousIndex = candidate % layout.previousValues;
                xor = candidateXor;
            } else {
                previousIndex = index % layout.previousValues;
                xor = stored[previousIndex] ^ value;
            }
        } else {
            previousIndex = index % layout.previousValues;
            xor = stored[previousIndex] ^ value;
        }

        if (xor == 0) {
            bits.writeBits(previousIndex, layout.caseZeroLength);
            storedLeading = layout.width + 1;
        } else {
            int leading = ChimpLayout.roundLeading(layout.leadingZeros(xor));
            if (trailing > layout.threshold) {
                int significant = layout.width - leading - trailing;
                long header = ((long) (layout.previousValues + previousIndex) << (3 + layout.significantBits))
                        | ((long) ChimpLayout.leadingClass(leading) << layout.significantBits)
                        | significant;
                bits.writeBits(header, layout.caseOneLength);
                bits.writeBits(xor >>> trailing, significant);
                storedLeading = layout.width + 1;
            } else if (leading == storedLeading) {
                bits.writeBits(0b10, 2);
                bits.writeBits(xor, layout.width - leading);
            } else {
                storedLeading = leading;
                bits.writeBits(24 + ChimpLayout.leadingClass(leading), 5);
                bits.writeBits(xor, layout.width - leading);
            }
        }
        current = (current + 1) % layout.previousValues;
        stored[current] = value;
        index++;
        indices[key] = index;
    }

    /** Appends the end marker and the closing byte (always written, as by the official encoder). */
    void finish(long endMarker) {
        add(endMarker);
        bits.flushByte();
    }
}
