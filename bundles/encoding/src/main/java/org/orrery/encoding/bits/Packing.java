package org.orrery.encoding.bits;

/**
 * Fixed-width bit packing into byte arrays, most significant bit first, as used by TS_2DIFF
 * blocks and RLE bit-packed groups.
 */
public final class Packing {
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

    /** Reads {@code width} bits at bit offset {@code bitPos} of {@code buf[base ..]} as unsigned. */
    public static long get(byte[] buf, int base, long bitPos, int width) {
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
