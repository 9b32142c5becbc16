package org.orrery.encoding.bits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Packing#get} and {@link Packing#put} against a bit-by-bit reading and writing of the same
 * bytes, at every width and offset.
 */
class PackingTest {

    private static long reference(byte[] bytes, int base, long pos, int width) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            long at = 8L * base + pos + i;
            value = (value << 1) | ((bytes[(int) (at >>> 3)] >>> (7 - (int) (at & 7))) & 1);
        }
        return value;
    }

    @Test
    void getMatchesTheBitByBitReadingNearAndAwayFromTheEnd() {
        SplittableRandom random = new SplittableRandom(11);
        byte[] bytes = new byte[40];
        random.nextBytes(bytes);
        for (int base = 0; base < 3; base++) {
            for (int width = 0; width <= 64; width++) {
                for (long pos = 0; 8L * base + pos + width <= 8L * bytes.length; pos++) {
                    assertEquals(reference(bytes, base, pos, width), Packing.get(bytes, base, pos, width),
                            "base " + base + " bit " + pos + " width " + width);
                }
            }
        }
    }

    @Test
    void putThenGetRoundTrips() {
        SplittableRandom random = new SplittableRandom(13);
        byte[] bytes = new byte[64];
        for (int round = 0; round < 2000; round++) {
            int width = random.nextInt(65);
            long pos = random.nextInt(8 * bytes.length - width + 1);
            long value = width == 64 ? random.nextLong() : random.nextLong() & ((1L << width) - 1);
            Packing.put(bytes, pos, width, value);
            assertEquals(value, Packing.get(bytes, 0, pos, width), "bit " + pos + " width " + width);
        }
    }

    /** Sets one bit, most significant first: the definition of the format. */
    private static void setBit(byte[] bytes, long at, boolean one) {
        int index = (int) (at >>> 3);
        int mask = 0x80 >>> (int) (at & 7);
        bytes[index] = (byte) (one ? bytes[index] | mask : bytes[index] & ~mask);
    }

    @Test
    void putOverwritesExactlyItsBitsNearAndAwayFromTheEnd() {
        SplittableRandom random = new SplittableRandom(17);
        byte[] before = new byte[40];
        for (int width = 0; width <= 64; width++) {
            for (long pos = 0; pos + width <= 8L * before.length; pos++) {
                random.nextBytes(before);
                // Bits above `width` must be ignored, so the value keeps them.
                long value = random.nextLong();
                byte[] expected = before.clone();
                for (int i = 0; i < width; i++) {
                    setBit(expected, pos + i, ((value >>> (width - 1 - i)) & 1) != 0);
                }
                byte[] actual = before.clone();
                Packing.put(actual, pos, width, value);
                assertArrayEquals(expected, actual, "bit " + pos + " width " + width);
            }
        }
    }
}
