package org.orrery.tsfile.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.orrery.codec.api.LongDecoder;
import org.orrery.codec.api.ValueKind;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.internal.format.ChunkMetadata;
import org.orrery.tsfile.internal.format.TimeseriesMetadata;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.stats.Statistics;

/**
 * The pages of an aligned device in storage order: the i-th chunk of every value column pairs
 * with the i-th time chunk, and within them the j-th pages pair. Yields rows with the requested
 * columns, restricted to a time range; time and value statistics skip chunks and pages without
 * reading or decoding them.
 */
final class AlignedPages {
    private final ReadContext ctx;
    private final String device;
    private final TimeseriesMetadata time;
    private final List<TimeseriesMetadata> values;
    private final TimeRange range;
    private final boolean skipAllNull;
    private final boolean withValues;
    private int nextChunk;
    private LoadedChunk timeChunk;
    private LoadedChunk[] valueChunks;
    private ChunkMetadata[] valueMetas;
    private int nextPage;

    /**
     * @param skipAllNull skip chunks and pages in which no requested column has a value (for
     *        reading value columns as series; the rows of such pages would all be null)
     * @param withValues false to decode only the timestamps and the value columns' null bitmaps
     *        (the columns' {@link Column#values()} are then null)
     */
    AlignedPages(ReadContext ctx, String device, TimeseriesMetadata time, List<TimeseriesMetadata> values,
                 TimeRange range, boolean skipAllNull, boolean withValues) throws CorruptTsFileException {
        this.ctx = ctx;
        this.device = device;
        this.time = time;
        this.values = values;
        this.range = range;
        this.skipAllNull = skipAllNull;
        this.withValues = withValues;
        for (TimeseriesMetadata v : values) {
            if (v.chunks().size() != time.chunks().size()) {
                throw new CorruptTsFileException(ctx.file.name() + ": aligned device " + device + ": value column "
                        + v.measurementId() + " has " + v.chunks().size() + " chunks but the time column has "
                        + time.chunks().size(), v.chunks().get(0).offset());
            }
        }
    }

    /** The next non-empty batch, or null at the end. */
    AlignedBatch next() throws IOException {
        while (true) {
            if (timeChunk == null) {
                if (nextChunk >= time.chunks().size()) {
                    return null;
                }
                if (!openChunk(nextChunk++)) {
                    continue;
                }
            }
            if (nextPage >= timeChunk.pages.size()) {
                timeChunk = null;
                continue;
            }
            int pageNo = nextPage++;
            if (!pageWanted(pageNo)) {
                continue;
            }
            AlignedBatch batch = decode(pageNo);
            if (batch.size() > 0) {
                return batch;
            }
        }
    }

    /** Loads chunk {@code i} of the time and value columns, or counts it skipped and returns false. */
    private boolean openChunk(int i) throws IOException {
        ChunkMetadata timeMeta = time.chunks().get(i);
        valueMetas = new ChunkMetadata[values.size()];
        int valueChunksWithData = 0;
        boolean anyValueInRange = false;
        for (int j = 0; j < values.size(); j++) {
            valueMetas[j] = values.get(j).chunks().get(i);
            Statistics vs = valueMetas[j].statistics();
            if (vs.count() > 0) {
                valueChunksWithData++;
                anyValueInRange |= range.overlaps(vs);
            }
        }
        if (!range.overlaps(timeMeta.statistics()) || (skipAllNull && !anyValueInRange)) {
            for (int k = 0; k <= valueChunksWithData; k++) {
                ctx.counters.chunkSkipped();
            }
            return false;
        }
        timeChunk = ctx.loader.load(timeMeta, time, device + ".<time>");
        valueChunks = new LoadedChunk[values.size()];
        for (int j = 0; j < values.size(); j++) {
            if (valueMetas[j].statistics().count() == 0) {
                continue; // no value in this chunk group: every row is null
            }
            TimeseriesMetadata v = values.get(j);
            LoadedChunk vc = ctx.loader.load(valueMetas[j], v, device + "." + v.measurementId());
            if (!vc.pages.isEmpty() && vc.pages.size() != timeChunk.pages.size()) {
                throw new CorruptTsFileException(ctx.file.name() + ": " + vc.where + " has " + vc.pages.size()
                        + " pages but its time chunk at offset " + timeChunk.offset + " has " + timeChunk.pages.size(),
                        vc.offset);
            }
            valueChunks[j] = vc.pages.isEmpty() ? null : vc;
        }
        nextPage = 0;
        return true;
    }

    private LoadedChunk.Page valuePage(int j, int pageNo) {
        LoadedChunk vc = valueChunks[j];
        if (vc == null) {
            return null;
        }
        LoadedChunk.Page p = vc.pages.get(pageNo);
        return p.header.isEmpty() ? null : p;
    }

    private boolean pageWanted(int pageNo) {
        LoadedChunk.Page tp = timeChunk.pages.get(pageNo);
        int valuePages = 0;
        boolean anyValueInRange = false;
        for (int j = 0; j < values.size(); j++) {
            LoadedChunk.Page vp = valuePage(j, pageNo);
            if (vp != null) {
                valuePages++;
                anyValueInRange |= vp.statistics == null || range.overlaps(vp.statistics);
            }
        }
        if (range.overlaps(tp.statistics) && (!skipAllNull || anyValueInRange)) {
            return true;
        }
        for (int k = 0; k <= valuePages; k++) {
            ctx.counters.pageSkipped();
        }
        return false;
    }

    private AlignedBatch decode(int pageNo) throws IOException {
        LoadedChunk.Page tp = timeChunk.pages.get(pageNo);
        String what = ctx.file.name() + ": page " + pageNo + " of " + timeChunk.where;
        if (tp.header.isEmpty()) {
            throw new CorruptTsFileException(what + " is empty, which only value chunks may have", tp.bodyOffset);
        }
        ByteBuffer timeBody = ctx.decoder.uncompress(timeChunk, tp, what);
        LongDecoder timeDecoder = (LongDecoder) ctx.codecs.decoder(timeChunk.header.encodingId(), ValueKind.INT64,
                what);
        long[] times = ctx.decoder.decodeTimes(timeDecoder, timeChunk.header.encodingId(), timeBody,
                tp.statistics.count(), what, tp.bodyOffset);
        int rows = times.length;
        ctx.counters.pageDecoded(rows);
        int from = ColumnArrays.lowerBound(times, rows, range.start());
        int to = Math.max(from, ColumnArrays.upperBound(times, rows, range.end()));
        List<Column> columns = new ArrayList<>(values.size());
        for (int j = 0; j < values.size(); j++) {
            columns.add(decodeColumn(j, pageNo, rows, from, to));
        }
        long[] t = from == 0 && to == rows ? times : Arrays.copyOfRange(times, from, to);
        return new AlignedBatch(t, to - from, columns);
    }

    private Column decodeColumn(int j, int pageNo, int rows, int from, int to) throws IOException {
        DataType type = values.get(j).dataType();
        LoadedChunk.Page vp = valuePage(j, pageNo);
        int n = to - from;
        if (vp == null) {
            boolean[] nulls = new boolean[n];
            Arrays.fill(nulls, true);
            return new Column(type, n, withValues ? PageDecoder.newArray(type, n) : null, nulls);
        }
        LoadedChunk vc = valueChunks[j];
        String what = ctx.file.name() + ": page " + pageNo + " of " + vc.where;
        ByteBuffer body = ctx.decoder.uncompress(vc, vp, what);
        ByteReader in = new ByteReader(what, body.array(), body.arrayOffset() + body.position(), body.remaining(),
                vp.bodyOffset);
        int pageRows = in.readInt("value page row count");
        if (pageRows != rows) {
            throw new CorruptTsFileException(what + ": value page has " + pageRows + " rows but its time page has "
                    + rows, vp.bodyOffset);
        }
        int bitmapStart = in.arrayPosition();
        in.skip((rows + 7) >>> 3, "null bitmap");
        byte[] arr = in.array();
        boolean[] nulls = new boolean[rows];
        int present = 0;
        for (int r = 0; r < rows; r++) {
            boolean has = (arr[bitmapStart + (r >>> 3)] & (0x80 >>> (r & 7))) != 0;
            nulls[r] = !has;
            if (has) {
                present++;
            }
        }
        if (vp.statistics != null && vp.statistics.count() != present) {
            throw new CorruptTsFileException(what + ": statistics count " + vp.statistics.count() + " but the null"
                    + " bitmap marks " + present + " values", vp.bodyOffset);
        }
        if (!withValues) {
            return timesOnlyColumn(type, nulls, present, rows, from, to);
        }
        int valueStart = in.arrayPosition();
        Object packed = ctx.decoder.decodeValues(vc.header.encodingId(), type,
                ByteBuffer.wrap(arr, valueStart, in.remaining()), present, what, vp.bodyOffset);
        ctx.counters.valuePageDecoded();
        Object rowValues = ColumnArrays.scatter(packed, nulls, rows);
        if (from == 0 && to == rows) {
            return new Column(type, rows, rowValues, present == rows ? null : nulls);
        }
        boolean[] slicedNulls = Arrays.copyOfRange(nulls, from, to);
        boolean anyNull = false;
        for (boolean b : slicedNulls) {
            anyNull |= b;
        }
        return new Column(type, n, ColumnArrays.copyRange(rowValues, from, to), anyNull ? slicedNulls : null);
    }

    /** A column of {@code [from, to)} with the page's null flags and no values. */
    private static Column timesOnlyColumn(DataType type, boolean[] nulls, int present, int rows, int from, int to) {
        if (present == rows) {
            return new Column(type, to - from, null, null);
        }
        boolean[] sliced = from == 0 && to == rows ? nulls : Arrays.copyOfRange(nulls, from, to);
        boolean anyNull = false;
        for (int r = 0; r < to - from && !anyNull; r++) {
            anyNull = sliced[r];
        }
        return new Column(type, to - from, null, anyNull ? sliced : null);
    }
}
