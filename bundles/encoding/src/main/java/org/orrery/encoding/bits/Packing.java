package org.orrery.encoding.bits;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Fixed-width bit packing into byte arrays, most significant bit first, as used by TS_2DIFF
 * blocks and RLE bit-packed groups.
 */
public final class Packing {
    private static final VarHandle BIG_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private Packing() {
    }

    /** Bits needed for {@code v} read as unsigned (0 for 0). */
    public static int width(int v) {
        return 32 - Integer.numberOfLeadingZeros(v);
    }

    /** Bits needed for {@code v} read as unsigned (0 for 0). */
    public static int width(long v) {
        return 64 - Long.numberOfLeadingZeros(v);
    }

    /**
     * Overwrites {@code width} bits at bit offset {@code bitPos} of {@code buf} with the low
     * {@code width} bits of {@code value}; bits outside that range keep whatever they held.
     */
    public static void put(byte[] buf, long bitPos, int width, long value) {
        if (width == 0) {
            return;
        }
        int index = (int) (bitPos >>> 3);
        if (index >= 0 && index <= buf.length - Long.BYTES - 1) {
            // One eight-byte read-modify-write (plus one byte when the field straddles nine
            // bytes), because TS_2DIFF and RLE pack every value through here.
            int skip = (int) (bitPos & 7);
            long field = value & (-1L >>> (Long.SIZE - width));
            int extra = skip + width - Long.SIZE;
            long word = (long) BIG_ENDIAN_LONG.get(buf, index);
            if (extra <= 0) {
                long mask = (-1L >>> (Long.SIZE - width)) << -extra;
                word = (word & ~mask) | (field << -extra);
            } else {
                long mask = -1L >>> skip;
                word = (word & ~mask) | (field >>> extra);
                int byteMask = (0xFF << (8 - extra)) & 0xFF;
                int low = (int) (field << (8 - extra)) & byteMask;
                buf[index + Long.BYTES] = (byte) ((buf[index + Long.BYTES] & ~byteMask) | low);
            }
            BIG_ENDIAN_LONG.set(buf, index, word);
            return;
        }
        putByBytes(buf, bitPos, width, value);
    }

    /** The byte-at-a-time form of {@link #put}, for bits near the end of the array. */
    private static void putByBytes(byte[] buf, long bitPos, int width, long value) {
        int remaining = width;
        long pos = bitPos;
        while (remaining > 0) {
            int index = (int) (pos >>> 3);
            int bitInByte = (int) (pos & 7);
            int free = 8 - bitInByte;
            int take = Math.min(free, remaining);
            int mask = ((1 << take) - 1) << (free - take);
            int bits = ((int) (value >>> (remaining - take)) << (free - take)) & mask;
            buf[index] = (byte) ((buf[index] & ~mask) | bits);
            remaining -= take;
            pos += take;
        }
    }

    /**
     * Reads {@code width} bits at bit offset {@code bitPos} of {@code buf[base ..]} as unsigned.
     * Away from the array's end this is one eight-byte load (two for widths over 57 bits that
     * straddle nine bytes), because TS_2DIFF and RLE unpack every value through here; bytes past
     * the wanted bits are loaded but never used.
     */
    public static long get(byte[] buf, int base, long bitPos, int width) {
        if (width == 0) {
            return 0;
        }
        int index = base + (int) (bitPos >>> 3);
        int skip = (int) (bitPos & 7);
        if (index >= 0 && index <= buf.length - Long.BYTES - 1) {
            long value = ((long) BIG_ENDIAN_LONG.get(buf, index) << skip) >>> (64 - width);
            int extra = skip + width - 64;
            if (extra > 0) {
                value |= (buf[index + Long.BYTES] & 0xFF) >>> (8 - extra);
            }
            return value;
        }
        return getByBytes(buf, base, bitPos, width);
    }

    /** The byte-at-a-time form of {@link #get}, for bits near the end of the array. */
    private static long getByBytes(byte[] buf, int base, long bitPos, int width) {
        long value = 0;
        int remaining = width;
        long pos = bitPos;
        while (remaining > 0) {
            int index = base + (int) (pos >>> 3);
            int bitInByte = (int) (pos & 7);
            int avail = 8 - bitInByte;
            int take = Math.min(avail, remaining);
            int bits = ((buf[index] & 0xFF) >>> (avail - take)) & ((1 << take) - 1);
            value = (value << take) | bits;
            remaining -= take;
            pos += take;
        }
        return value;
    }
}
