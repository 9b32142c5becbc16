package org.orrery.tsfile.read;

import java.io.IOException;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.stats.Statistics;

/**
 * One chunk of a non-aligned series, read from the file with its page headers parsed but no page
 * uncompressed or decoded: each page's statistics are available, and single pages can be decoded
 * on demand. Lets a caller answer aggregations from page statistics where a time filter or a
 * deletion rules out the chunk's own statistics, decoding only the pages that need it. Valid while
 * its file reader is open; not thread-safe.
 */
public final class ChunkPages {
    private final ReadContext ctx;
    private final LoadedChunk chunk;

    ChunkPages(ReadContext ctx, LoadedChunk chunk) {
        this.ctx = ctx;
        this.chunk = chunk;
    }

    /** Number of pages of the chunk. */
    public int pageCount() {
        return chunk.pages.size();
    }

    /**
     * Statistics of page {@code page} (in a single-page chunk, the chunk's; a copy, so callers may
     * keep it).
     */
    public Statistics statistics(int page) throws CorruptTsFileException {
        return requirePage(page).statistics.copy();
    }

    /**
     * Decodes page {@code page} and returns its points inside {@code range} (possibly none).
     *
     * @throws CorruptTsFileException naming the file, chunk and page if it cannot be decoded
     */
    public SeriesBatch decode(int page, TimeRange range) throws IOException {
        return decode(page, range, true);
    }

    /**
     * Like {@link #decode}, but decodes only the timestamps: the batch's column has no values
     * ({@link SeriesBatch#hasValues()} is false). For callers that need only when points exist
     * (counting them, their first and last times); a non-aligned page has no nulls, so every
     * returned time is a point of the series.
     */
    public SeriesBatch decodeTimes(int page, TimeRange range) throws IOException {
        return decode(page, range, false);
    }

    private SeriesBatch decode(int page, TimeRange range, boolean withValues) throws IOException {
        LoadedChunk.Page p = requirePage(page);
        LoadedChunk source = chunk.withBodyOf(p, ctx.file);
        LoadedChunk.Page body = source == chunk ? p : source.pages.get(0);
        return SeriesPages.decode(ctx, source, body, ctx.file.name() + ": page " + page + " of " + chunk.where, range,
                withValues);
    }

    private LoadedChunk.Page requirePage(int page) throws CorruptTsFileException {
        if (page < 0 || page >= chunk.pages.size()) {
            throw new IndexOutOfBoundsException("page " + page + " of " + chunk.where + " (it has "
                    + chunk.pages.size() + ")");
        }
        LoadedChunk.Page p = chunk.pages.get(page);
        if (p.header.isEmpty()) {
            throw new CorruptTsFileException(ctx.file.name() + ": page " + page + " of " + chunk.where
                    + " is empty, which only aligned value chunks may have", p.bodyOffset);
        }
        return p;
    }
}
