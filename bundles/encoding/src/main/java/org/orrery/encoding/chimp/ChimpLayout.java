package org.orrery.encoding.chimp;

/**
 * Parameters of TsFile's CHIMP layout (Liakos, Papakonstantinopoulou, Kotidis, "Chimp: Efficient
 * Lossless Floating Point Compression for Time Series Databases", VLDB 2022; the Chimp128
 * variant): 64-bit values keep the last 128 values, 32-bit ones the last 64. A value is XORed
 * with a recent value sharing its low {@code threshold + 1} bits when that XOR has more than
 * {@code threshold} trailing zeros, else with the previous value. Flags (2 bits):
 * {@code 00} + index: equal to a stored value; {@code 01} + index + 3-bit leading class +
 * significant-bit count + the significant bits; {@code 10} + the low {@code width - leading} bits
 * with the previous leading class; {@code 11} + 3-bit leading class + those bits. Leading zeros
 * are rounded down to {0, 8, 12, 16, 18, 20, 22, 24}.
 */
final class ChimpLayout {
    static final ChimpLayout BITS_64 = new ChimpLayout(64, 7, 6);
    static final ChimpLayout BITS_32 = new ChimpLayout(32, 6, 5);

    /** Leading-zero count (index) to its 3-bit class. */
    private static final int[] LEADING_CLASS = new int[65];
    /** Leading-zero count (index) rounded down to a class boundary. */
    private static final int[] LEADING_ROUNDED = new int[65];
    /** 3-bit class to its leading-zero count. */
    static final int[] CLASS_LEADING = {0, 8, 12, 16, 18, 20, 22, 24};

    static {
        for (int lz = 0; lz <= 64; lz++) {
            int c = 0;
            for (int k = CLASS_LEADING.length - 1; k >= 0; k--) {
                if (lz >= CLASS_LEADING[k]) {
                    c = k;
                    break;
                }
            }
            LEADING_CLASS[lz] = c;
            LEADING_ROUNDED[lz] = CLASS_LEADING[c];
        }
    }

    final int width;
    final int indexBits;
    final int previousValues;
    final int threshold;
    final int keyMask;
    final int significantBits;
    /** Flag 00 + index. */
    final int caseZeroLength;
    /** Flag 01 + index + leading class + significant count. */
    final int caseOneLength;

    private ChimpLayout(int width, int indexBits, int significantBits) {
        this.width = width;
        this.indexBits = indexBits;
        this.previousValues = 1 << indexBits;
        this.threshold = 6 + indexBits - (width == 32 ? 1 : 0);
        this.keyMask = (1 << (threshold + 1)) - 1;
        this.significantBits = significantBits;
        this.caseZeroLength = 2 + indexBits;
        this.caseOneLength = 2 + indexBits + 3 + significantBits;
    }

    int leadingZeros(long xor) {
        return Long.numberOfLeadingZeros(xor) - (64 - width);
    }

    int trailingZeros(long xor) {
        return xor == 0 ? width : Long.numberOfTrailingZeros(xor);
    }

    static int leadingClass(int leadingZeros) {
        return LEADING_CLASS[leadingZeros];
    }

    static int roundLeading(int leadingZeros) {
        return LEADING_ROUNDED[leadingZeros];
    }
}
