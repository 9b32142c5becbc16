package org.orrery.tsfile.internal.write;

import java.io.IOException;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.LongEncoder;
import org.orrery.tsfile.internal.format.ChunkMetadata;
import org.orrery.tsfile.internal.io.Varints;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.write.Tablet;

/**
 * Builds the chunk of one non-aligned series: buffers the open page's points, seals pages at the
 * point/byte limits (page body = uvarint time-block length, TS_2DIFF times, encoded values,
 * compressed as a whole) and writes the chunk when its chunk group is flushed.
 */
final class SeriesChunkWriter {
    private final ColumnSpec spec;
    private final PageContext context;
    private final LongEncoder timeEncoder;
    private final Compressor compressor;
    private final PagePoints page;
    private final ChunkBuffer chunk;
    private long lastTime = Long.MIN_VALUE;
    private boolean hasLastTime;

    SeriesChunkWriter(ColumnSpec spec, PageContext context, LongEncoder timeEncoder, Object valueEncoder) {
        this.spec = spec;
        this.context = context;
        this.timeEncoder = timeEncoder;
        this.compressor = spec.compressor();
        this.page = PagePoints.create(spec.type(), valueEncoder, Math.min(context.maxPointsPerPage, 1024));
        this.chunk = new ChunkBuffer(Statistics.forType(spec.type()));
    }

    ColumnSpec spec() {
        return spec;
    }

    /** The first non-null timestamp of column {@code c} in rows {@code 0..rows-1}, or -1 if none. */
    static int firstNonNullRow(Tablet tablet, int c, int rows) {
        for (int r = 0; r < rows; r++) {
            if (!tablet.isNull(c, r)) {
                return r;
            }
        }
        return -1;
    }

    /** Whether {@code time} may follow what this series already holds. */
    boolean accepts(long time) {
        return !hasLastTime || time > lastTime;
    }

    long lastTime() {
        return lastTime;
    }

    /** Appends the non-null rows of column {@code c} of the tablet. */
    void write(Tablet tablet, int c) {
        int rows = tablet.rowCount();
        long[] times = tablet.times();
        Object column = tablet.column(c);
        if (!tablet.mayHaveNulls(c)) {
            appendRun(times, column, 0, rows);
        } else {
            int r = 0;
            while (r < rows) {
                while (r < rows && tablet.isNull(c, r)) {
                    r++;
                }
                int start = r;
                while (r < rows && !tablet.isNull(c, r)) {
                    r++;
                }
                if (r > start) {
                    appendRun(times, column, start, r);
                }
            }
        }
    }

    private void appendRun(long[] times, Object column, int from, int to) {
        int r = from;
        while (r < to) {
            int room = context.maxPointsPerPage - page.size();
            int n = page.fitting(column, r, Math.min(to, r + room), context.pageSizeBytes - page.estimatedBytes());
            if (n == 0) {
                sealPage();
                continue;
            }
            page.append(times, column, r, r + n);
            r += n;
            if (page.size() >= context.maxPointsPerPage || page.estimatedBytes() >= context.pageSizeBytes) {
                sealPage();
            }
        }
        lastTime = times[to - 1];
        hasLastTime = true;
    }

    private void sealPage() {
        int n = page.size();
        if (n == 0) {
            return;
        }
        ByteSink timeBlock = context.timeBlock;
        ByteSink body = context.page;
        timeBlock.reset();
        timeEncoder.encode(page.times(), 0, n, timeBlock);
        body.reset();
        Varints.writeUnsigned(body, timeBlock.size());
        timeBlock.writeTo(body);
        page.encodeValues(body);
        byte[] compressed = compressor.compress(body.array(), 0, body.size());
        chunk.addPage(body.size(), compressed, page.statistics());
        page.clear();
    }

    boolean hasData() {
        return page.size() > 0 || chunk.pageCount() > 0;
    }

    long bufferedBytes() {
        return page.estimatedBytes() + chunk.bufferedBytes();
    }

    /** Seals the open page and writes the chunk; the series is then empty for the next chunk group. */
    ChunkMetadata flush(TsFileOutput out, ByteSink scratch) throws IOException {
        sealPage();
        ChunkMetadata meta = chunk.writeTo(out, scratch, (byte) 0, spec.name(), spec.type().id(),
                (byte) compressor.id(), (byte) spec.encoding().id());
        chunk.reset();
        return meta;
    }
}
