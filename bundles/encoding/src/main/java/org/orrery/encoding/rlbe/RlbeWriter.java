package org.orrery.encoding.rlbe;

import org.orrery.codec.api.ByteSink;
import org.orrery.encoding.bits.BitWriter;

/**
 * RLBE (run-length of binary lengths, delta encoded; TsFile {@code RLBE}, {@code LongRLBE},
 * {@code IntRLBE}). A page is cut into blocks of at most {@value #BLOCK} values, each byte
 * aligned:
 *
 * <pre>
 * 32 bits   value count of the block
 * segment*  bit length L (1..width) of a run of consecutive entries, in 6 bits (INT32, FLOAT)
 *           or 7 bits (INT64, DOUBLE)
 *           Fibonacci code of the run length (Zeckendorf bits, smallest term first, then an
 *           extra 1 closing the code)
 *           the run's entries in L bits each, MSB first
 * padding   zero bits to the next byte
 * </pre>
 *
 * The first entry is the first value, later entries are deltas (wrapping two's complement
 * arithmetic at the value width). An entry's length is its highest set bit + 1 (1 for 0), so a
 * negative entry takes the full width; for those the official writer leaves the sign bit 0 (its
 * bit test {@code (v & 1 << k) > 0} is false for the sign bit) and its reader adds it back. We
 * write the same bits, so the bytes are identical and every value, extremes included, survives.
 */
final class RlbeWriter {
    /** Values per block (TsFile BLOCK_DEFAULT_SIZE); the official reader rejects larger blocks. */
    static final int BLOCK = 10_000;

    private final int width;
    private final long mask;
    /** Bits of a segment's length field: 6 for 32-bit values, 7 for 64-bit ones. */
    private final int lengthBits;
    private final long[] entries = new long[BLOCK];
    private final int[] lengths = new int[BLOCK];

    /** @param width 32 or 64; 32-bit values are passed zero-extended */
    RlbeWriter(int width) {
        this.width = width;
        this.mask = width == 64 ? -1L : 0xFFFFFFFFL;
        this.lengthBits = width == 64 ? 7 : 6;
    }

    void writePage(long[] values, int count, ByteSink out) {
        for (int start = 0; start < count; start += BLOCK) {
            writeBlock(values, start, Math.min(BLOCK, count - start), out);
        }
    }

    private void writeBlock(long[] values, int start, int n, ByteSink out) {
        long previous = 0;
        for (int i = 0; i < n; i++) {
            long v = values[start + i];
            long entry = i == 0 ? v : (v - previous) & mask;
            previous = v;
            entries[i] = entry;
            lengths[i] = entry == 0 ? 1 : 64 - Long.numberOfLeadingZeros(entry);
        }
        BitWriter bits = new BitWriter(out);
        bits.writeBits(n, 32);
        int i = 0;
        while (i < n) {
            int length = lengths[i];
            int j = i;
            while (j < n && lengths[j] == length) {
                j++;
            }
            bits.writeBits(length, lengthBits);
            writeFibonacci(bits, j - i);
            long signBit = length == width ? 1L << (width - 1) : 0;
            for (int k = i; k < j; k++) {
                bits.writeBits(entries[k] & ~signBit, length);
            }
            i = j;
        }
        bits.padToByte();
    }

    /** Fibonacci code of {@code n >= 1}: Zeckendorf bits for 1, 2, 3, 5, 8, ... then a closing 1. */
    static void writeFibonacci(BitWriter bits, long n) {
        long[] fib = new long[92];
        fib[0] = 1;
        fib[1] = 2;
        int top = 1;
        while (fib[top] <= n) {
            top++;
            fib[top] = fib[top - 1] + fib[top - 2];
        }
        long code = 0;
        long rest = n;
        int highest = -1;
        for (int k = top; k >= 0; k--) {
            if (fib[k] <= rest) {
                rest -= fib[k];
                code |= 1L << k;
                highest = Math.max(highest, k);
            }
        }
        for (int k = 0; k <= highest; k++) {
            bits.writeBit(((code >>> k) & 1) != 0);
        }
        bits.writeBit(true);
    }
}
