package org.orrery.tsfile.tool;

import java.util.Locale;
import java.util.function.LongConsumer;
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
    private final LongConsumer progress;

    private RewriteOptions(String encoding, String compression, Integer maxPointsPerPage, WriterOptions writerOptions,
                           LongConsumer progress) {
        this.encoding = encoding;
        this.compression = compression;
        this.maxPointsPerPage = maxPointsPerPage;
        this.writerOptions = writerOptions;
        this.progress = progress;
    }

    public static RewriteOptions defaults() {
        return new RewriteOptions(null, null, null, WriterOptions.defaults(), points -> { });
    }

    /**
     * Called after every copied page with the number of values copied so far (for a progress
     * display; compare with the sum of the series' statistics counts).
     */
    public RewriteOptions withProgress(LongConsumer pointsCopied) {
        return new RewriteOptions(encoding, compression, maxPointsPerPage, writerOptions, pointsCopied);
    }

    /** The progress callback (a no-op unless {@link #withProgress} set one). */
    public LongConsumer progress() {
        return progress;
    }

    /**
     * Encode every series whose type the format allows it for with {@code name}; series of
     * other types keep their encoding (listed in {@link RewriteResult#notes()}).
     */
    public RewriteOptions withEncoding(String name) {
        return new RewriteOptions(name.toUpperCase(Locale.ROOT), compression, maxPointsPerPage, writerOptions, progress);
    }

    /** Compress every chunk (aligned time chunks included) with {@code name}. */
    public RewriteOptions withCompression(String name) {
        return new RewriteOptions(encoding, name.toUpperCase(Locale.ROOT), maxPointsPerPage, writerOptions, progress);
    }

    public RewriteOptions withMaxPointsPerPage(int points) {
        if (points <= 0) {
            throw new IllegalArgumentException("maxPointsPerPage must be positive, got " + points);
        }
        return new RewriteOptions(encoding, compression, points, writerOptions, progress);
    }

    /** The base writer settings (page bytes, chunk group size, bloom filter, ...). */
    public RewriteOptions withWriterOptions(WriterOptions options) {
        return new RewriteOptions(encoding, compression, maxPointsPerPage, options, progress);
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
