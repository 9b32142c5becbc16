package org.orrery.tsfile.internal.format;

/**
 * The hash behind TsFile's bloom filter: MurmurHash3 x64-128 over the bytes, with h1 and h2 both
 * seeded with the seed, returning the low 32 bits of {@code h1 + h2} after finalisation. One
 * detail is not the reference algorithm and must be kept for compatibility: tail bytes are
 * widened as signed Java bytes before shifting, so non-ASCII bytes in the tail hash differently
 * from the reference.
 */
public final class Murmur128 {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private Murmur128() {
    }

    public static int hash(byte[] key, int seed) {
        int length = key.length;
        int blocks = length >> 4;
        long h1 = seed;
        long h2 = seed;
        for (int i = 0; i < blocks; i++) {
            long k1 = littleEndianLong(key, i * 16);
            long k2 = littleEndianLong(key, i * 16 + 8);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int tail = blocks * 16;
        int rest = length & 15;
        long k1 = 0;
        long k2 = 0;
        // Signed widening of each tail byte, as the format's writer does (see class comment).
        for (int i = rest - 1; i >= 8; i--) {
            k2 ^= ((long) key[tail + i]) << ((i - 8) * 8);
        }
        if (rest > 8) {
            h2 ^= mixK2(k2);
        }
        for (int i = Math.min(rest, 8) - 1; i >= 0; i--) {
            k1 ^= ((long) key[tail + i]) << (i * 8);
        }
        if (rest > 0) {
            h1 ^= mixK1(k1);
        }
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return (int) (h1 + h2);
    }

    private static long mixK1(long k) {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    private static long mixK2(long k) {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    private static long littleEndianLong(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    private static long fmix(long k) {
        long x = k;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }
}
