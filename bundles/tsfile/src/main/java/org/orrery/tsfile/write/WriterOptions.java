package org.orrery.tsfile.write;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.EncodingIds;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.internal.format.EncodingRules;

/**
 * Writer settings, immutable; start from {@link #defaults()} (the official library's defaults)
 * and change what you need with the {@code with...} methods.
 *
 * <p>A page is sealed when it holds {@link #maxPointsPerPage()} points (rows, for aligned
 * devices) or its estimated uncompressed size reaches {@link #pageSizeBytes()}. All buffered chunk
 * groups are flushed when their buffered bytes exceed {@link #chunkGroupSizeBytes()}, which thus
 * bounds the size of a chunk.
 */
public final class WriterOptions {
    private final int maxPointsPerPage;
    private final int pageSizeBytes;
    private final long chunkGroupSizeBytes;
    private final String defaultCompression;
    private final Map<DataType, String> defaultEncodings;
    private final String alignedTimeEncoding;
    private final String alignedTimeCompression;
    private final double bloomFilterErrorRate;
    private final int maxIndexDegree;
    private final CodecOptions codecOptions;

    private WriterOptions(int maxPointsPerPage, int pageSizeBytes, long chunkGroupSizeBytes, String defaultCompression,
                          Map<DataType, String> defaultEncodings, String alignedTimeEncoding,
                          String alignedTimeCompression, double bloomFilterErrorRate, int maxIndexDegree,
                          CodecOptions codecOptions) {
        this.maxPointsPerPage = maxPointsPerPage;
        this.pageSizeBytes = pageSizeBytes;
        this.chunkGroupSizeBytes = chunkGroupSizeBytes;
        this.defaultCompression = defaultCompression;
        this.defaultEncodings = defaultEncodings;
        this.alignedTimeEncoding = alignedTimeEncoding;
        this.alignedTimeCompression = alignedTimeCompression;
        this.bloomFilterErrorRate = bloomFilterErrorRate;
        this.maxIndexDegree = maxIndexDegree;
        this.codecOptions = codecOptions;
    }

    /**
     * The official defaults: 10 000 points or 64 KiB per page, 128 MiB of chunk groups, LZ4,
     * BOOLEAN RLE, integer types TS_2DIFF, FLOAT/DOUBLE GORILLA, binary types PLAIN, aligned
     * time column TS_2DIFF + LZ4, bloom filter error rate 0.05, index nodes of 256 entries.
     */
    public static WriterOptions defaults() {
        Map<DataType, String> enc = new EnumMap<>(DataType.class);
        for (DataType t : DataType.values()) {
            enc.put(t, EncodingIds.formatName(EncodingRules.defaultEncoding(t)));
        }
        String lz4 = CompressionIds.formatName(CompressionIds.LZ4);
        return new WriterOptions(10_000, 64 * 1024, 128L * 1024 * 1024, lz4, enc,
                EncodingIds.formatName(EncodingIds.TS_2DIFF), lz4, 0.05, 256, CodecOptions.DEFAULTS);
    }

    private WriterOptions copy(int points, int pageBytes, long groupBytes, String compression,
                               Map<DataType, String> encodings, String timeEnc, String timeComp, double bloom,
                               int degree, CodecOptions codec) {
        return new WriterOptions(points, pageBytes, groupBytes, compression, encodings, timeEnc, timeComp, bloom,
                degree, codec);
    }

    public WriterOptions withMaxPointsPerPage(int points) {
        requirePositive(points, "maxPointsPerPage");
        return copy(points, pageSizeBytes, chunkGroupSizeBytes, defaultCompression, defaultEncodings,
                alignedTimeEncoding, alignedTimeCompression, bloomFilterErrorRate, maxIndexDegree, codecOptions);
    }

    public WriterOptions withPageSizeBytes(int bytes) {
        requirePositive(bytes, "pageSizeBytes");
        return copy(maxPointsPerPage, bytes, chunkGroupSizeBytes, defaultCompression, defaultEncodings,
                alignedTimeEncoding, alignedTimeCompression, bloomFilterErrorRate, maxIndexDegree, codecOptions);
    }

    public WriterOptions withChunkGroupSizeBytes(long bytes) {
        requirePositive(bytes, "chunkGroupSizeBytes");
        return copy(maxPointsPerPage, pageSizeBytes, bytes, defaultCompression, defaultEncodings,
                alignedTimeEncoding, alignedTimeCompression, bloomFilterErrorRate, maxIndexDegree, codecOptions);
    }

    /** Compression for measurements that name none, e.g. {@code ZSTD}. */
    public WriterOptions withDefaultCompression(String name) {
        return copy(maxPointsPerPage, pageSizeBytes, chunkGroupSizeBytes, upper(name), defaultEncodings,
                alignedTimeEncoding, alignedTimeCompression, bloomFilterErrorRate, maxIndexDegree, codecOptions);
    }

    /** Encoding for measurements of {@code type} that name none. */
    public WriterOptions withDefaultEncoding(DataType type, String name) {
        Map<DataType, String> enc = new EnumMap<>(defaultEncodings);
        enc.put(type, upper(name));
        return copy(maxPointsPerPage, pageSizeBytes, chunkGroupSizeBytes, defaultCompression, enc,
                alignedTimeEncoding, alignedTimeCompression, bloomFilterErrorRate, maxIndexDegree, codecOptions);
    }

    /**
     * Encoding and compression of the time column of aligned devices (recorded in the file).
     * Non-aligned series always use TS_2DIFF for time: the format does not record it and
     * official readers assume it.
     */
    public WriterOptions withAlignedTimeCodecs(String encoding, String compression) {
        return copy(maxPointsPerPage, pageSizeBytes, chunkGroupSizeBytes, defaultCompression, defaultEncodings,
                upper(encoding), upper(compression), bloomFilterErrorRate, maxIndexDegree, codecOptions);
    }

    public WriterOptions withBloomFilterErrorRate(double rate) {
        if (!(rate > 0 && rate < 1)) {
            throw new IllegalArgumentException("bloom filter error rate must be in (0, 1), got " + rate);
        }
        return copy(maxPointsPerPage, pageSizeBytes, chunkGroupSizeBytes, defaultCompression, defaultEncodings,
                alignedTimeEncoding, alignedTimeCompression, rate, maxIndexDegree, codecOptions);
    }

    /** Entries per metadata index node (the format's max degree; readers do not depend on it). */
    public WriterOptions withMaxIndexDegree(int degree) {
        if (degree < 2) {
            throw new IllegalArgumentException("maxIndexDegree must be at least 2, got " + degree);
        }
        return copy(maxPointsPerPage, pageSizeBytes, chunkGroupSizeBytes, defaultCompression, defaultEncodings,
                alignedTimeEncoding, alignedTimeCompression, bloomFilterErrorRate, degree, codecOptions);
    }

    /** Options passed to every encoder (e.g. float precision). */
    public WriterOptions withCodecOptions(CodecOptions options) {
        return copy(maxPointsPerPage, pageSizeBytes, chunkGroupSizeBytes, defaultCompression, defaultEncodings,
                alignedTimeEncoding, alignedTimeCompression, bloomFilterErrorRate, maxIndexDegree, options);
    }

    private static void requirePositive(long v, String what) {
        if (v <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + v);
        }
    }

    private static String upper(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("codec name is empty");
        }
        return name.toUpperCase(Locale.ROOT);
    }

    public int maxPointsPerPage() {
        return maxPointsPerPage;
    }

    public int pageSizeBytes() {
        return pageSizeBytes;
    }

    public long chunkGroupSizeBytes() {
        return chunkGroupSizeBytes;
    }

    public String defaultCompression() {
        return defaultCompression;
    }

    public String defaultEncoding(DataType type) {
        return defaultEncodings.get(type);
    }

    public String alignedTimeEncoding() {
        return alignedTimeEncoding;
    }

    public String alignedTimeCompression() {
        return alignedTimeCompression;
    }

    public double bloomFilterErrorRate() {
        return bloomFilterErrorRate;
    }

    public int maxIndexDegree() {
        return maxIndexDegree;
    }

    public CodecOptions codecOptions() {
        return codecOptions;
    }
}
