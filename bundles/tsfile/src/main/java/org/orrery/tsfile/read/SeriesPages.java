package org.orrery.tsfile.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.orrery.codec.api.EncodingIds;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.internal.format.ChunkMetadata;
import org.orrery.tsfile.internal.format.TimeseriesMetadata;
import org.orrery.tsfile.internal.io.ByteReader;

/**
 * The pages of a non-aligned series in storage order, as batches restricted to a time range.
 * Chunks and pages whose statistics miss the range are skipped before being read or decoded.
 */
final class SeriesPages {
    private final ReadContext ctx;
    private final TimeseriesMetadata series;
    private final String seriesName;
    private final TimeRange range;
    private final boolean withValues;
    private final List<ChunkMetadata> chunks;
    private int nextChunk;
    private LoadedChunk chunk;
    private int nextPage;

    /** @param withValues false to decode only the timestamps (see {@link SeriesBatch#hasValues()}) */
    SeriesPages(ReadContext ctx, TimeseriesMetadata series, String seriesName, TimeRange range, boolean withValues) {
        this.ctx = ctx;
        this.series = series;
        this.seriesName = seriesName;
        this.range = range;
        this.withValues = withValues;
        this.chunks = series.chunks();
    }

    /** The next non-empty batch, or null at the end. */
    SeriesBatch next() throws IOException {
        while (true) {
            if (chunk == null) {
                if (nextChunk >= chunks.size()) {
                    return null;
                }
                ChunkMetadata meta = chunks.get(nextChunk++);
                if (!range.overlaps(meta.statistics())) {
                    ctx.counters.chunkSkipped();
                    continue;
                }
                chunk = ctx.loader.load(meta, series, seriesName);
                nextPage = 0;
            }
            if (nextPage >= chunk.pages.size()) {
                chunk = null;
                continue;
            }
            int pageNo = nextPage++;
            LoadedChunk.Page page = chunk.pages.get(pageNo);
            String what = ctx.file.name() + ": page " + pageNo + " of " + chunk.where;
            if (page.header.isEmpty()) {
                throw new CorruptTsFileException(what + " is empty, which only aligned value chunks may have",
                        page.bodyOffset);
            }
            if (!range.overlaps(page.statistics)) {
                ctx.counters.pageSkipped();
                continue;
            }
            SeriesBatch batch = decode(ctx, chunk, page, what, range, withValues);
            if (batch.size() > 0) {
                return batch;
            }
        }
    }

    /**
     * The distinct timestamps, ascending, of every point of the series inside the range, decoded
     * page by page straight into one array (its first {@code size()} entries): no array per page
     * and no copy to join them. The batch has no values.
     *
     * @param into an array to decode into if it is large enough (null: allocate one)
     */
    SeriesBatch allTimes(long[] into) throws IOException {
        long[] out = into == null ? new long[0] : into;
        int n = 0;
        boolean ascending = true;
        while (true) {
            if (chunk == null) {
                if (nextChunk >= chunks.size()) {
                    return distinctTimes(series.dataType(), out, n, ascending);
                }
                ChunkMetadata meta = chunks.get(nextChunk++);
                if (!range.overlaps(meta.statistics())) {
                    ctx.counters.chunkSkipped();
                    continue;
                }
                chunk = ctx.loader.load(meta, series, seriesName);
                nextPage = 0;
                long needed = n;
                for (LoadedChunk.Page page : chunk.pages) {
                    if (!page.header.isEmpty() && range.overlaps(page.statistics)) {
                        needed += page.statistics.count();
                    }
                }
                if (needed > out.length) {
                    if (needed > Integer.MAX_VALUE - 8) {
                        throw new CorruptTsFileException(ctx.file.name() + ": " + chunk.where + " claims "
                                + needed + " points, more than an array holds", chunk.offset);
                    }
                    // Grown by half again, so a caller passing its last array back rarely reallocates.
                    long grown = Math.min(Integer.MAX_VALUE - 8, Math.max(needed, out.length + (out.length >> 1)));
                    out = java.util.Arrays.copyOf(out, (int) grown);
                }
            }
            if (nextPage >= chunk.pages.size()) {
                chunk = null;
                continue;
            }
            int pageNo = nextPage++;
            LoadedChunk.Page page = chunk.pages.get(pageNo);
            String what = ctx.file.name() + ": page " + pageNo + " of " + chunk.where;
            if (page.header.isEmpty()) {
                throw new CorruptTsFileException(what + " is empty, which only aligned value chunks may have",
                        page.bodyOffset);
            }
            if (!range.overlaps(page.statistics)) {
                ctx.counters.pageSkipped();
                continue;
            }
            int end = decodeTimesInto(ctx, chunk, page, what, range, out, n);
            if (end > n && n > 0 && out[n] <= out[n - 1]) {
                ascending = false; // chunks out of time order, or overlapping: sorted at the end
            }
            n = end;
        }
    }

    /**
     * The first {@code n} times as a values-less batch; when pages were not in time order they
     * are sorted and duplicates (the same point in two chunks) dropped: a time is a point of the
     * series if any chunk has it.
     */
    static SeriesBatch distinctTimes(org.orrery.common.type.DataType type, long[] times, int n, boolean ascending) {
        if (!ascending) {
            java.util.Arrays.sort(times, 0, n);
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (k == 0 || times[i] != times[k - 1]) {
                    times[k++] = times[i];
                }
            }
            n = k;
        }
        return new SeriesBatch(times, new Column(type, n, null, null));
    }

    /**
     * Decodes the times of one page into {@code out[at ..]}, keeps those inside {@code range}
     * (moved down to {@code at}) and returns the new end.
     */
    private static int decodeTimesInto(ReadContext ctx, LoadedChunk chunk, LoadedChunk.Page page, String what,
            TimeRange range, long[] out, int at) throws IOException {
        ByteBuffer body = ctx.decoder.uncompress(chunk, page, what);
        ByteReader in = new ByteReader(what, body.array(), body.arrayOffset() + body.position(), body.remaining(),
                page.bodyOffset);
        int timeLength = in.readUnsignedVarIntAtMost("time block length", in.remaining());
        int count = ctx.decoder.checkedCount(page.statistics.count(), what, page.bodyOffset);
        if (count > out.length - at) {
            throw new CorruptTsFileException(what + ": statistics count " + count + " exceeds its chunk's pages",
                    page.bodyOffset);
        }
        ctx.decoder.decodeTimesInto(ctx.codecs.timeDecoder(what), EncodingIds.TS_2DIFF,
                ByteBuffer.wrap(in.array(), in.arrayPosition(), timeLength), count, what, page.bodyOffset, out, at);
        ctx.counters.pageDecoded(count);
        int from = at;
        while (from < at + count && out[from] < range.start()) {
            from++;
        }
        int to = at + count;
        while (to > from && out[to - 1] > range.end()) {
            to--;
        }
        if (from > at) {
            System.arraycopy(out, from, out, at, to - from);
        }
        return at + (to - from);
    }

    /**
     * Decodes one page of a non-aligned chunk and keeps its points inside {@code range}. Values are
     * decoded only up to the last point in the range (the streams are sequential, so the ones
     * before it cannot be skipped, but the ones after it need not be read), and not at all when
     * {@code withValues} is false.
     */
    static SeriesBatch decode(ReadContext ctx, LoadedChunk chunk, LoadedChunk.Page page, String what,
            TimeRange range, boolean withValues) throws IOException {
        ByteBuffer body = ctx.decoder.uncompress(chunk, page, what);
        ByteReader in = new ByteReader(what, body.array(), body.arrayOffset() + body.position(), body.remaining(),
                page.bodyOffset);
        int timeLength = in.readUnsignedVarIntAtMost("time block length", in.remaining());
        int timeStart = in.arrayPosition();
        long[] times = ctx.decoder.decodeTimes(ctx.codecs.timeDecoder(what), EncodingIds.TS_2DIFF,
                ByteBuffer.wrap(in.array(), timeStart, timeLength), page.statistics.count(), what, page.bodyOffset);
        int n = times.length;
        ctx.counters.pageDecoded(n);
        int from = ColumnArrays.lowerBound(times, n, range.start());
        int to = Math.max(from, ColumnArrays.upperBound(times, n, range.end()));
        long[] t = from == 0 ? times : java.util.Arrays.copyOfRange(times, from, to);
        if (!withValues) {
            return new SeriesBatch(t, new Column(chunk.type, to - from, null, null));
        }
        if (to == from) {
            return new SeriesBatch(t, new Column(chunk.type, 0, PageDecoder.newArray(chunk.type, 0), null));
        }
        int valueStart = timeStart + timeLength;
        int valueEnd = body.arrayOffset() + body.position() + body.remaining();
        Object values = ctx.decoder.decodeValues(chunk.header.encodingId(), chunk.type,
                ByteBuffer.wrap(in.array(), valueStart, valueEnd - valueStart), to, what, page.bodyOffset);
        if (from > 0) {
            values = ColumnArrays.copyRange(values, from, to);
        }
        return new SeriesBatch(t, new Column(chunk.type, to - from, values, null));
    }
}
