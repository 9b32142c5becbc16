package org.orrery.encoding.rle;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.CodecException;
import org.orrery.encoding.bits.LongArrayBuilder;
import org.orrery.encoding.bits.Packing;
import org.orrery.encoding.bits.Truncation;
import org.orrery.encoding.bits.VarInts;

/**
 * Reads the RLE / bit-packing hybrid written by {@link RleHybridWriter} (or the official
 * writer): one or more length-prefixed blocks, each a bit width and a sequence of runs. Values
 * come out as the low {@code bitWidth} bits, unsigned; callers narrow INT32 values with a cast.
 */
final class RleHybridReader {
    private final String codec;
    private final boolean bigEndianRunValue;
    /**
     * Longest RLE run accepted. Writers stop at 32 767; the generous cap keeps a corrupt header
     * from expanding a few bytes into gigabytes of values.
     */
    static final int MAX_RUN = 1 << 20;
    /** Scratch for one bit-packed run (at most 63 groups x 64 bytes); reused between pages. */
    private byte[] packed = new byte[64];

    RleHybridReader(String codec, boolean bigEndianRunValue) {
        this.codec = codec;
        this.bigEndianRunValue = bigEndianRunValue;
    }

    /** Reads exactly {@code count} values into {@code out[offset ..]}. */
    void read(ByteBuffer in, long[] out, int offset, int count) {
        int[] filled = {0};
        try {
            while (filled[0] < count) {
                if (!in.hasRemaining()) {
                    throw Truncation.tooFew(codec, count, filled[0]);
                }
                readBlock(in, out, offset, count, filled, null);
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw Truncation.of(codec, in, e);
        }
    }

    /** Reads every block up to the limit of {@code in}. */
    long[] readAll(ByteBuffer in) {
        LongArrayBuilder values = new LongArrayBuilder();
        try {
            while (in.hasRemaining()) {
                readBlock(in, null, 0, Integer.MAX_VALUE, new int[1], values);
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw Truncation.of(codec, in, e);
        }
        return values.toArray();
    }

    /**
     * Reads one block, storing values into {@code out} (while {@code filled[0] < max}) or into
     * {@code all}. Leaves {@code in} at the end of the block.
     */
    private void readBlock(ByteBuffer in, long[] out, int offset, int max, int[] filled, LongArrayBuilder all) {
        int length = VarInts.readUnsigned(in);
        int end = in.position() + length;
        if (length < 0 || end > in.limit()) {
            throw new CodecException(codec + " block at byte " + in.position() + " claims " + length
                    + " bytes but only " + in.remaining() + " remain");
        }
        if (length == 0) {
            return;
        }
        int bitWidth = in.get() & 0xFF;
        if (bitWidth < 1 || bitWidth > 64) {
            throw new CodecException(codec + " bit width " + bitWidth + " at byte " + (in.position() - 1)
                    + " is outside 1..64");
        }
        int valueBytes = (bitWidth + 7) / 8;
        while (in.position() < end) {
            int header = VarInts.readUnsigned(in);
            if ((header & 1) == 0) {
                int repeat = header >>> 1;
                if (repeat > MAX_RUN) {
                    throw new CodecException(codec + " run of " + repeat + " values at byte " + in.position()
                            + " exceeds " + MAX_RUN);
                }
                long value = readRunValue(in, valueBytes);
                for (int i = 0; i < repeat; i++) {
                    if (!emit(value, out, offset, max, filled, all)) {
                        break;
                    }
                }
            } else {
                int groups = header >>> 1;
                int lastGroupValues = in.get() & 0xFF;
                int valueCount = groups == 0 ? 0 : (groups - 1) * 8 + lastGroupValues;
                int packedBytes = groups * bitWidth;
                if (packed.length < packedBytes) {
                    packed = new byte[packedBytes];
                }
                in.get(packed, 0, packedBytes);
                for (int i = 0; i < valueCount; i++) {
                    long value = Packing.get(packed, 0, (long) i * bitWidth, bitWidth);
                    if (!emit(value, out, offset, max, filled, all)) {
                        break;
                    }
                }
            }
        }
        in.position(end);
    }

    private long readRunValue(ByteBuffer in, int bytes) {
        long value = 0;
        if (bigEndianRunValue) {
            for (int i = 0; i < bytes; i++) {
                value = (value << 8) | (in.get() & 0xFF);
            }
        } else {
            for (int i = 0; i < bytes; i++) {
                value |= (long) (in.get() & 0xFF) << (8 * i);
            }
        }
        return value;
    }

    private static boolean emit(long value, long[] out, int offset, int max, int[] filled, LongArrayBuilder all) {
        if (all != null) {
            all.add(value);
            return true;
        }
        if (filled[0] >= max) {
            return false;
        }
        out[offset + filled[0]++] = value;
        return true;
    }
}
