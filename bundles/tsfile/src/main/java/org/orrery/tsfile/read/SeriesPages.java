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
    private final List<ChunkMetadata> chunks;
    private int nextChunk;
    private LoadedChunk chunk;
    private int nextPage;

    SeriesPages(ReadContext ctx, TimeseriesMetadata series, String seriesName, TimeRange range) {
        this.ctx = ctx;
        this.series = series;
        this.seriesName = seriesName;
        this.range = range;
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
            SeriesBatch batch = decode(ctx, chunk, page, what, range);
            if (batch.size() > 0) {
                return batch;
            }
        }
    }

    /** Decodes one page of a non-aligned chunk and keeps its points inside {@code range}. */
    static SeriesBatch decode(ReadContext ctx, LoadedChunk chunk, LoadedChunk.Page page, String what,
            TimeRange range) throws IOException {
        ByteBuffer body = ctx.decoder.uncompress(chunk, page, what);
        ByteReader in = new ByteReader(what, body.array(), body.arrayOffset() + body.position(), body.remaining(),
                page.bodyOffset);
        int timeLength = in.readUnsignedVarIntAtMost("time block length", in.remaining());
        int timeStart = in.arrayPosition();
        long[] times = ctx.decoder.decodeTimes(ctx.codecs.timeDecoder(what), EncodingIds.TS_2DIFF,
                ByteBuffer.wrap(in.array(), timeStart, timeLength), page.statistics.count(), what, page.bodyOffset);
        int n = times.length;
        int valueStart = timeStart + timeLength;
        int valueEnd = body.arrayOffset() + body.position() + body.remaining();
        Object values = ctx.decoder.decodeValues(chunk.header.encodingId(), chunk.type,
                ByteBuffer.wrap(in.array(), valueStart, valueEnd - valueStart), n, what, page.bodyOffset);
        ctx.counters.pageDecoded(n);
        int from = ColumnArrays.lowerBound(times, n, range.start());
        int to = ColumnArrays.upperBound(times, n, range.end());
        if (from == 0 && to == n) {
            return new SeriesBatch(times, new Column(chunk.type, n, values, null));
        }
        long[] t = java.util.Arrays.copyOfRange(times, from, Math.max(from, to));
        return new SeriesBatch(t, new Column(chunk.type, t.length, ColumnArrays.copyRange(values, from,
                Math.max(from, to)), null));
    }
}
