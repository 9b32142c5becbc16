package org.orrery.tsfile.tool;

import java.util.Locale;
import org.orrery.tsfile.write.WriterOptions;

/**
 * What {@link TsFileRewrite} changes, immutable. By default every series keeps the encoding and
 * compression of its (first) chunk and the writer's defaults apply otherwise.
 */
public final class RewriteOptions {
    private final String encoding;
    private final String compression;
    private final Integer maxPointsPerPage;
    private final WriterOptions writerOptions;

    private RewriteOptions(String encoding, String compression, Integer maxPointsPerPage, WriterOptions writerOptions) {
        this.encoding = encoding;
        this.compression = compression;
        this.maxPointsPerPage = maxPointsPerPage;
        this.writerOptions = writerOptions;
    }

    public static RewriteOptions defaults() {
        return new RewriteOptions(null, null, null, WriterOptions.defaults());
    }

    /**
     * Encode every series whose type the format allows it for with {@code name}; series of
     * other types keep their encoding (listed in {@link RewriteResult#notes()}).
     */
    public RewriteOptions withEncoding(String name) {
        return new RewriteOptions(name.toUpperCase(Locale.ROOT), compression, maxPointsPerPage, writerOptions);
    }

    /** Compress every chunk (aligned time chunks included) with {@code name}. */
    public RewriteOptions withCompression(String name) {
        return new RewriteOptions(encoding, name.toUpperCase(Locale.ROOT), maxPointsPerPage, writerOptions);
    }

    public RewriteOptions withMaxPointsPerPage(int points) {
        if (points <= 0) {
            throw new IllegalArgumentException("maxPointsPerPage must be positive, got " + points);
        }
        return new RewriteOptions(encoding, compression, points, writerOptions);
    }

    /** The base writer settings (page bytes, chunk group size, bloom filter, ...). */
    public RewriteOptions withWriterOptions(WriterOptions options) {
        return new RewriteOptions(encoding, compression, maxPointsPerPage, options);
    }

    /** The encoding override, or null. */
    public String encoding() {
        return encoding;
    }

    /** The compression override, or null. */
    public String compression() {
        return compression;
    }

    /** The writer options with the page-points and compression overrides applied. */
    public WriterOptions effectiveWriterOptions() {
        WriterOptions o = writerOptions;
        if (maxPointsPerPage != null) {
            o = o.withMaxPointsPerPage(maxPointsPerPage);
        }
        if (compression != null) {
            o = o.withDefaultCompression(compression).withAlignedTimeCodecs(o.alignedTimeEncoding(), compression);
        }
        return o;
    }
}
