package org.orrery.encoding.rlbe;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.CodecException;
import org.orrery.encoding.bits.BitReader;
import org.orrery.encoding.bits.LongArrayBuilder;
import org.orrery.encoding.bits.Truncation;

/** Reads the blocks of {@link RlbeWriter} (or the official writer). Values come out zero-extended. */
final class RlbeReader {
    private final int width;
    private final long mask;
    /** Bits of a segment's length field: 6 for 32-bit values, 7 for 64-bit ones. */
    private final int lengthBits;
    private final String codec;

    RlbeReader(int width, String codec) {
        this.width = width;
        this.mask = width == 64 ? -1L : 0xFFFFFFFFL;
        this.lengthBits = width == 64 ? 7 : 6;
        this.codec = codec;
    }

    void read(ByteBuffer in, long[] out, int count) {
        int filled = 0;
        try {
            while (filled < count) {
                if (!in.hasRemaining()) {
                    throw Truncation.tooFew(codec, count, filled);
                }
                long[] values = readBlock(in);
                int take = Math.min(values.length, count - filled);
                System.arraycopy(values, 0, out, filled, take);
                filled += take;
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(codec, in, e);
        }
    }

    long[] readAll(ByteBuffer in) {
        LongArrayBuilder all = new LongArrayBuilder();
        try {
            while (in.hasRemaining()) {
                for (long v : readBlock(in)) {
                    all.add(v);
                }
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(codec, in, e);
        }
        return all.toArray();
    }

    private long[] readBlock(ByteBuffer in) {
        BitReader bits = new BitReader(in);
        long n = bits.readBits(32);
        // The position checks below count the bytes left after the header, not after the read-ahead.
        bits.release();
        if (n <= 0 || n > RlbeWriter.BLOCK) {
            throw new CodecException(codec + " block at byte " + (in.position() - 4) + " claims " + n
                    + " values (1.." + RlbeWriter.BLOCK + " allowed)");
        }
        // Every value costs at least one bit (segment lengths are 1..width), so a count the
        // remaining bytes cannot hold is corrupt: check before allocating the block.
        long bitsLeft = 8L * in.remaining() + bits.bitsLeftInByte();
        if (n > bitsLeft) {
            throw new CodecException(codec + " block at byte " + (in.position() - 4) + " claims " + n
                    + " values but only " + bitsLeft + " bits remain");
        }
        long[] values = new long[(int) n];
        int filled = 0;
        long previous = 0;
        while (filled < n) {
            int length = (int) bits.readBits(lengthBits);
            if (length < 1 || length > width) {
                throw new CodecException(codec + " segment bit length " + length + " outside 1.." + width);
            }
            long run = readFibonacci(bits);
            if (run > n - filled) {
                throw new CodecException(codec + " run of " + run + " values exceeds the " + (n - filled)
                        + " left in the block");
            }
            for (long k = 0; k < run; k++) {
                long entry = bits.readBits(length);
                if (length == width) {
                    entry ^= 1L << (width - 1);
                }
                long value = filled == 0 ? entry & mask : (previous + entry) & mask;
                values[filled++] = value;
                previous = value;
            }
        }
        // The block ends at a byte boundary: unread padding bits of the last byte are dropped, and
        // the read-ahead is returned so the next block starts at the right byte.
        bits.release();
        return values;
    }

    private long readFibonacci(BitReader bits) {
        long sum = 0;
        long term = 1;
        long before = 1;
        boolean now = bits.readBit();
        boolean next = bits.readBit();
        for (int guard = 0; guard < 92; guard++) {
            if (now) {
                sum += term;
            }
            if (now && next) {
                if (sum <= 0) {
                    throw new CodecException(codec + " has an empty Fibonacci run length");
                }
                return sum;
            }
            long t = term + before;
            before = term;
            term = t;
            now = next;
            next = bits.readBit();
        }
        throw new CodecException(codec + " Fibonacci run length does not terminate");
    }
}
