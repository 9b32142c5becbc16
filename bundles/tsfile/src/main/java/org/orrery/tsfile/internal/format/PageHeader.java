package org.orrery.tsfile.internal.format;

import org.orrery.codec.api.ByteSink;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.internal.io.Varints;
import org.orrery.tsfile.stats.Statistics;

/**
 * A page header: uvarint uncompressed size, uvarint compressed size, then statistics only in
 * multi-page chunks. An uncompressed size of 0 is an empty page (a single byte, nothing else):
 * an aligned value page whose rows are all null.
 */
public final class PageHeader {
    private final int uncompressedSize;
    private final int compressedSize;
    private final Statistics statistics;

    public PageHeader(int uncompressedSize, int compressedSize, Statistics statistics) {
        this.uncompressedSize = uncompressedSize;
        this.compressedSize = compressedSize;
        this.statistics = statistics;
    }

    /** Writes a header; {@code statistics} null for single-page chunks. */
    public static void write(ByteSink out, int uncompressedSize, int compressedSize, Statistics statistics) {
        Varints.writeUnsigned(out, uncompressedSize);
        Varints.writeUnsigned(out, compressedSize);
        if (statistics != null) {
            StatisticsFormat.write(out, statistics);
        }
    }

    /** Writes the one-byte header of an empty (all-null) aligned value page. */
    public static void writeEmpty(ByteSink out) {
        Varints.writeUnsigned(out, 0);
    }

    /**
     * Reads a header.
     *
     * @param type the data type (null = VECTOR) of the statistics
     * @param withStatistics whether the chunk has more than one page
     * @param maxPageBytes upper bound for either size, so a corrupt size cannot cause a huge allocation
     */
    public static PageHeader read(ByteReader in, DataType type, boolean withStatistics, int maxPageBytes, String what)
            throws CorruptTsFileException {
        int uncompressed = in.readUnsignedVarIntAtMost(what + " uncompressed size", maxPageBytes);
        if (uncompressed == 0) {
            return new PageHeader(0, 0, null);
        }
        int compressed = in.readUnsignedVarIntAtMost(what + " compressed size", in.remaining());
        Statistics stats = withStatistics ? StatisticsFormat.read(in, type, what) : null;
        return new PageHeader(uncompressed, compressed, stats);
    }

    public boolean isEmpty() {
        return uncompressedSize == 0;
    }

    public int uncompressedSize() {
        return uncompressedSize;
    }

    public int compressedSize() {
        return compressedSize;
    }

    /** The page statistics, or null in a single-page chunk or an empty page. */
    public Statistics statistics() {
        return statistics;
    }
}
