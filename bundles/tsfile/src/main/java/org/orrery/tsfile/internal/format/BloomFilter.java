package org.orrery.tsfile.internal.format;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import org.orrery.codec.api.ByteSink;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.internal.io.Varints;

/**
 * The file's bloom filter over full series paths ({@code device + "." + measurement}; an aligned
 * time column is {@code device + "."}). Bit {@code |murmur(path, seed_k)| % size} is set for each
 * of the first {@code k} seeds. On disk: uvarint byte length, the bytes of the bit set (bit i is
 * bit i%8 of byte i/8, trailing zero bytes dropped), uvarint size in bits, uvarint hash count;
 * length 0 means no filter.
 */
public final class BloomFilter {
    /** Persisted meaning: the seeds of hash functions 0..7. */
    private static final int[] SEEDS = {5, 7, 11, 19, 31, 37, 43, 59};
    private static final int MIN_SIZE = 256;
    private static final int MAX_HASHES = 8;
    /**
     * A hash count of {@code Integer.MAX_VALUE} marks filters of newer writers that hash with a
     * JVM-specific function; such a filter is kept but cannot answer lookups.
     */
    private static final int OPAQUE_HASH_MARKER = Integer.MAX_VALUE;

    private final BitSet bits;
    private final int size;
    private final int hashCount;
    private final boolean usable;

    private BloomFilter(BitSet bits, int size, int hashCount, boolean usable) {
        this.bits = bits;
        this.size = size;
        this.hashCount = hashCount;
        this.usable = usable;
    }

    /**
     * An empty filter sized like the official writer: error rate clamped to 0.01..0.1,
     * {@code size = max(256, floor(-n ln p / ln^2 2) + 1)}, {@code k = min(8, floor(-ln p / ln 2) + 1)}.
     */
    public static BloomFilter forEntries(int entries, double errorRate) {
        double p = Math.min(0.1, Math.max(0.01, errorRate));
        double ln2 = Math.log(2);
        int size = (int) (-entries * Math.log(p) / ln2 / ln2) + 1;
        int k = (int) (-Math.log(p) / ln2) + 1;
        return new BloomFilter(new BitSet(), Math.max(MIN_SIZE, size), Math.min(MAX_HASHES, k), true);
    }

    public void add(String path) {
        byte[] key = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < hashCount; i++) {
            bits.set(position(key, SEEDS[i]));
        }
    }

    /** False only if {@code path} is certainly not in the file. */
    public boolean mightContain(String path) {
        if (!usable) {
            return true;
        }
        byte[] key = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < hashCount; i++) {
            if (!bits.get(position(key, SEEDS[i]))) {
                return false;
            }
        }
        return true;
    }

    private int position(byte[] key, int seed) {
        int h = Murmur128.hash(key, seed);
        if (h == Integer.MIN_VALUE) {
            h = 0;
        }
        return Math.abs(h) % size;
    }

    public int size() {
        return size;
    }

    public int hashCount() {
        return hashCount;
    }

    public void write(ByteSink out) {
        byte[] bytes = bits.toByteArray();
        Varints.writeUnsigned(out, bytes.length);
        if (bytes.length > 0) {
            out.write(bytes);
            Varints.writeUnsigned(out, size);
            Varints.writeUnsigned(out, hashCount);
        }
    }

    /** Reads a filter; returns null when the file has none (length 0). */
    public static BloomFilter read(ByteReader in) throws CorruptTsFileException {
        byte[] bytes = in.readUnsignedLengthBytes("bloom filter");
        if (bytes.length == 0) {
            return null;
        }
        long at = in.offset();
        int size = in.readUnsignedVarInt("bloom filter size");
        int hashes = in.readUnsignedVarInt("bloom filter hash count");
        boolean usable = true;
        if (hashes == OPAQUE_HASH_MARKER) {
            hashes = in.readUnsignedVarInt("bloom filter hash count");
            usable = false;
        }
        if (size <= 0 || hashes <= 0 || (long) bytes.length * 8 > (long) size + 7) {
            throw new CorruptTsFileException(in.origin() + ": bloom filter at offset " + at + " has size " + size
                    + " bits, " + hashes + " hashes and " + bytes.length + " bytes", at);
        }
        return new BloomFilter(BitSet.valueOf(bytes), size, Math.min(MAX_HASHES, hashes), usable);
    }
}
