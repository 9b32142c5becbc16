package org.orrery.encoding.rlbe;

import java.util.Arrays;
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

    /** The Fibonacci terms 1, 2, 3, 5, ... up to the first one above {@link #BLOCK}. */
    private static final long[] FIBONACCI = fibonacciUpTo(BLOCK);

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

    /**
     * Fibonacci code of {@code n >= 1}: Zeckendorf bits for 1, 2, 3, 5, 8, ... then a closing 1.
     * Run lengths are at most {@link #BLOCK}, so the code (at most 20 bits) is written with one
     * {@link BitWriter#writeBits} call.
     */
    static void writeFibonacci(BitWriter bits, long n) {
        if (n < 1 || n > BLOCK) {
            throw new IllegalArgumentException("RLBE run length " + n + " outside 1.." + BLOCK);
        }
        int top = 0;
        while (top + 1 < FIBONACCI.length && FIBONACCI[top + 1] <= n) {
            top++;
        }
        // Bits in stream order: the term for 1 first, so the smallest term is the highest bit.
        long code = 0;
        long rest = n;
        for (int k = top; k >= 0; k--) {
            if (FIBONACCI[k] <= rest) {
                rest -= FIBONACCI[k];
                code |= 1L << (top - k);
            }
        }
        // Zeckendorf picks the largest term first, so term `top` is always set: top + 1 code bits.
        bits.writeBits((code << 1) | 1, top + 2);
    }

    private static long[] fibonacciUpTo(long limit) {
        long[] terms = new long[64];
        terms[0] = 1;
        terms[1] = 2;
        int count = 2;
        while (terms[count - 1] <= limit) {
            terms[count] = terms[count - 1] + terms[count - 2];
            count++;
        }
        return Arrays.copyOf(terms, count);
    }
}
