package org.orrery.tsfile.internal.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.LongEncoder;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.internal.format.ChunkMetadata;
import org.orrery.tsfile.internal.format.MetaMarker;
import org.orrery.tsfile.internal.format.TypeIds;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.stats.TimeStatistics;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;

/**
 * An aligned device: one time column shared by all its measurements. Per chunk group it writes a
 * time chunk and one value chunk per measurement whose pages line up with the time pages: a value
 * page is int32 row count, a presence bitmap (bit set = value present, MSB first) and the
 * encoded non-null values; a page with no value is the one-byte empty page, and a chunk with no
 * value a header with data size 0. Rows whose values are all null keep their timestamp.
 */
public final class AlignedDeviceWriter implements DeviceWriter {
    private final DeviceId device;
    private final PageContext context;
    private final WriterCodecs codecs;
    private final Encoding timeEncoding;
    private final LongEncoder timeEncoder;
    private final Compressor timeCompressor;
    private final Map<String, Column> columns = new TreeMap<>();
    private final ChunkBuffer timeChunk = new ChunkBuffer(new TimeStatistics());
    private final SeriesIndex timeIndex;
    private long[] pageTimes;
    private int pageRows;
    private long lastTime = Long.MIN_VALUE;
    private boolean hasLastTime;
    private boolean flushedOnce;

    AlignedDeviceWriter(DeviceId device, PageContext context, WriterCodecs codecs, Encoding timeEncoding,
                        Compressor timeCompressor) throws TsFileException {
        this.device = device;
        this.context = context;
        this.codecs = codecs;
        this.timeEncoding = timeEncoding;
        this.timeEncoder = codecs.timeEncoder(timeEncoding);
        this.timeCompressor = timeCompressor;
        this.pageTimes = new long[Math.min(context.maxPointsPerPage, 1024)];
        this.timeIndex = new SeriesIndex("", TypeIds.VECTOR, MetaMarker.TIME_COLUMN_MASK, new TimeStatistics());
    }

    @Override
    public DeviceId device() {
        return device;
    }

    @Override
    public boolean isAligned() {
        return true;
    }

    @Override
    public void addColumns(Collection<ColumnSpec> specs) throws TsFileException {
        for (ColumnSpec c : specs) {
            Column existing = columns.get(c.name());
            if (existing != null) {
                if (existing.spec.type() != c.type()) {
                    throw new TsFileException("measurement " + device + "." + c.name() + " is already registered as "
                            + existing.spec.type() + ", not " + c.type());
                }
                continue;
            }
            if (flushedOnce || hasData()) {
                // Value column i-th chunks pair with the i-th time chunk, so a column cannot join
                // after chunks of the device exist.
                throw new TsFileException("cannot add measurement " + c.name() + " to aligned device " + device
                        + " after data was written to it");
            }
            columns.put(c.name(), new Column(c, codecs.encoder(c.encoding(), c.type()), pageTimes.length));
        }
    }

    @Override
    public void validate(Tablet tablet) throws TsFileException {
        for (MeasurementSchema m : tablet.columns()) {
            Column col = columns.get(m.name());
            if (col == null) {
                throw new TsFileException("measurement " + device + "." + m.name() + " is not registered");
            }
            if (col.spec.type() != m.type()) {
                throw new TsFileException("measurement " + device + "." + m.name() + " is " + col.spec.type()
                        + " but the tablet has " + m.type());
            }
        }
        if (tablet.rowCount() > 0 && hasLastTime && tablet.times()[0] <= lastTime) {
            throw new TsFileException("time " + tablet.times()[0] + " of aligned device " + device
                    + " (tablet row 0) is not after the last written time " + lastTime);
        }
    }

    @Override
    public void write(Tablet tablet) {
        int rows = tablet.rowCount();
        if (rows == 0) {
            return;
        }
        Column[] mapped = new Column[tablet.columns().size()];
        for (int c = 0; c < mapped.length; c++) {
            mapped[c] = columns.get(tablet.columns().get(c).name());
        }
        int r = 0;
        while (r < rows) {
            int room = context.maxPointsPerPage - pageRows;
            int n = rowsFitting(tablet, mapped, r, Math.min(rows, r + room), context.pageSizeBytes - pageBytes());
            if (n == 0) {
                sealPage();
                continue;
            }
            appendRows(tablet, mapped, r, r + n);
            r += n;
            if (pageRows >= context.maxPointsPerPage || pageBytes() >= context.pageSizeBytes) {
                sealPage();
            }
        }
        lastTime = tablet.times()[rows - 1];
        hasLastTime = true;
    }

    private long pageBytes() {
        long bytes = 8L * pageRows;
        for (Column c : columns.values()) {
            bytes += c.points.valueBytes() + (pageRows + 7) / 8;
        }
        return bytes;
    }

    /** Rows from {@code from} that fit the byte budget (at least 1 on an empty page). */
    private int rowsFitting(Tablet tablet, Column[] mapped, int from, int to, long budget) {
        long used = 0;
        int r = from;
        while (r < to) {
            long row = 8;
            for (int c = 0; c < mapped.length; c++) {
                if (!tablet.isNull(c, r)) {
                    row += mapped[c].points.valueBytes(tablet.column(c), r);
                }
            }
            used += row;
            if (used > budget && !(r == from && pageRows == 0)) {
                break;
            }
            r++;
        }
        return r - from;
    }

    private void appendRows(Tablet tablet, Column[] mapped, int from, int to) {
        int n = to - from;
        if (pageRows + n > pageTimes.length) {
            int cap = Math.max(pageRows + n, pageTimes.length + (pageTimes.length >> 1));
            pageTimes = Arrays.copyOf(pageTimes, cap);
            for (Column c : columns.values()) {
                c.ensureRows(cap);
            }
        }
        long[] times = tablet.times();
        System.arraycopy(times, from, pageTimes, pageRows, n);
        for (int c = 0; c < mapped.length; c++) {
            mapped[c].append(tablet, c, from, to, pageRows);
        }
        pageRows += n;
    }

    private void sealPage() {
        int rows = pageRows;
        if (rows == 0) {
            return;
        }
        ByteSink block = context.timeBlock;
        block.reset();
        timeEncoder.encode(pageTimes, 0, rows, block);
        TimeStatistics ts = new TimeStatistics();
        ts.update(pageTimes, 0, rows);
        timeChunk.addPage(block.size(), timeCompressor.compress(block.array(), 0, block.size()), ts);
        ByteSink body = context.page;
        int bitmapBytes = (rows + 7) >>> 3;
        for (Column c : columns.values()) {
            if (c.points.size() == 0) {
                c.chunk.addEmptyPage();
            } else {
                body.reset();
                body.writeInt(rows);
                body.write(c.presence, 0, bitmapBytes);
                c.points.encodeValues(body);
                byte[] compressed = c.spec.compressor().compress(body.array(), 0, body.size());
                c.chunk.addPage(body.size(), compressed, c.points.statistics());
            }
            c.points.clear();
            Arrays.fill(c.presence, 0, bitmapBytes, (byte) 0);
        }
        pageRows = 0;
    }

    @Override
    public boolean hasData() {
        return pageRows > 0 || timeChunk.pageCount() > 0;
    }

    @Override
    public long bufferedBytes() {
        long total = pageBytes() + timeChunk.bufferedBytes();
        for (Column c : columns.values()) {
            total += c.chunk.bufferedBytes();
        }
        return total;
    }

    @Override
    public void flush(TsFileOutput out, ByteSink scratch) throws IOException {
        sealPage();
        ChunkMetadata time = timeChunk.writeTo(out, scratch, MetaMarker.TIME_COLUMN_MASK, "", TypeIds.VECTOR,
                (byte) timeCompressor.id(), (byte) timeEncoding.id());
        timeChunk.reset();
        timeIndex.add(time);
        for (Column c : columns.values()) {
            ChunkMetadata meta = c.chunk.writeTo(out, scratch, MetaMarker.VALUE_COLUMN_MASK, c.spec.name(),
                    c.spec.type().id(), (byte) c.spec.compressor().id(), (byte) c.spec.encoding().id());
            c.chunk.reset();
            c.index.add(meta);
        }
        flushedOnce = true;
    }

    @Override
    public Collection<SeriesIndex> seriesIndex() {
        List<SeriesIndex> out = new ArrayList<>();
        if (timeIndex.chunks.isEmpty()) {
            return out;
        }
        out.add(timeIndex);
        for (Column c : columns.values()) {
            out.add(c.index);
        }
        return out;
    }

    /** One value column: its page's non-null points and presence bitmap, and its chunk. */
    private static final class Column {
        final ColumnSpec spec;
        final PagePoints points;
        final ChunkBuffer chunk;
        final SeriesIndex index;
        byte[] presence;

        Column(ColumnSpec spec, Object encoder, int rowCapacity) {
            this.spec = spec;
            this.points = PagePoints.create(spec.type(), encoder, rowCapacity);
            this.chunk = new ChunkBuffer(Statistics.forType(spec.type()));
            this.index = new SeriesIndex(spec.name(), spec.type().id(), MetaMarker.VALUE_COLUMN_MASK,
                    Statistics.forType(spec.type()));
            this.presence = new byte[(rowCapacity + 7) >>> 3];
        }

        void ensureRows(int rows) {
            int bytes = (rows + 7) >>> 3;
            if (bytes > presence.length) {
                presence = Arrays.copyOf(presence, bytes);
            }
        }

        /** Marks the present rows of tablet column {@code c} and buffers their values. */
        void append(Tablet tablet, int c, int from, int to, int firstPageRow) {
            long[] times = tablet.times();
            Object column = tablet.column(c);
            if (!tablet.mayHaveNulls(c)) {
                for (int r = from; r < to; r++) {
                    int pr = firstPageRow + r - from;
                    presence[pr >>> 3] |= (byte) (0x80 >>> (pr & 7));
                }
                points.append(times, column, from, to);
                return;
            }
            int r = from;
            while (r < to) {
                while (r < to && tablet.isNull(c, r)) {
                    r++;
                }
                int start = r;
                while (r < to && !tablet.isNull(c, r)) {
                    int pr = firstPageRow + r - from;
                    presence[pr >>> 3] |= (byte) (0x80 >>> (pr & 7));
                    r++;
                }
                if (r > start) {
                    points.append(times, column, start, r);
                }
            }
        }
    }
}
