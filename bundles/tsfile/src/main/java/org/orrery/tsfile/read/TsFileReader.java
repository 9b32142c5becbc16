package org.orrery.tsfile.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.internal.format.BloomFilter;
import org.orrery.tsfile.internal.format.ChunkHeader;
import org.orrery.tsfile.internal.format.ChunkMetadata;
import org.orrery.tsfile.internal.format.TimeseriesMetadata;
import org.orrery.tsfile.internal.io.ChannelFileInput;
import org.orrery.tsfile.internal.io.FileInput;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.stats.TimeStatistics;

/**
 * Reads a TsFile of format v4 or v3. Opening checks the frame (magic, version, tail, file
 * metadata, separator); devices, series, statistics and chunk lists come from the index without
 * reading data; {@link #readSeries} and {@link #readAligned} decode pages lazily and skip what a
 * time range excludes. Not thread-safe: use one reader per thread.
 *
 * <pre>{@code
 * try (TsFileReader r = TsFileReader.open(path, codecs)) {
 *     for (DeviceInfo d : r.devices()) {
 *         for (SeriesInfo s : r.series(d.id())) {
 *             SeriesReader sr = r.readSeries(d.id(), s.measurement(), TimeRange.of(t0, t1));
 *             for (SeriesBatch b = sr.next(); b != null; b = sr.next()) { ... b.times(), b.values() ... }
 *         }
 *     }
 * }
 * }</pre>
 */
public final class TsFileReader implements Closeable {
    private final FileStructure file;
    private final IndexReader index;
    /** Index parts shared through a metadata cache, or null. */
    private final SharedIndex shared;
    private final ReadContext ctx;
    private final ReadCounters counters;

    private TsFileReader(FileStructure file, SharedIndex shared, CodecRegistry codecs, ReaderOptions options) {
        this.file = file;
        this.shared = shared;
        this.index = new IndexReader(file, shared);
        this.counters = options.counters();
        this.ctx = new ReadContext(file, new ReaderCodecs(codecs), counters, options);
    }

    public static TsFileReader open(Path path, CodecRegistry codecs) throws IOException {
        return open(path, codecs, ReaderOptions.defaults());
    }

    /**
     * Opens a file. With a {@link ReaderOptions#withMetadataCache metadata cache} the file's frame
     * and index parts come from the cache when an earlier reader parsed this version of the file
     * (same size, modification time and file key), and what this reader parses is added to it.
     */
    public static TsFileReader open(Path path, CodecRegistry codecs, ReaderOptions options) throws IOException {
        MetadataCache cache = options.metadataCache();
        MetadataCache.FileVersion version = null;
        FileInput input;
        try {
            if (cache != null) {
                version = MetadataCache.versionOf(path);
            }
            input = new ChannelFileInput(path);
        } catch (NoSuchFileException e) {
            throw new TsFileException(path + ": no such file", e);
        }
        if (cache == null) {
            return open(input, codecs, options);
        }
        try {
            MetadataCache.FileIndex known = cache.lookup(path, version);
            if (known != null) {
                return new TsFileReader(FileStructure.reopen(input, known.frame), known.index, codecs, options);
            }
            FileStructure file = FileStructure.open(input);
            MetadataCache.FileIndex added = cache.add(path, version, file.frame(), file.size() - file.metadataStart());
            return new TsFileReader(file, added.index, codecs, options);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /** Opens over any input (in-memory bytes, a test double injecting failures). */
    static TsFileReader open(FileInput input, CodecRegistry codecs, ReaderOptions options) throws IOException {
        try {
            return new TsFileReader(FileStructure.open(input), null, codecs, options);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /** The file's name as used in messages (its path). */
    public String name() {
        return file.name();
    }

    /** Format version: 3 or 4. */
    public int version() {
        return file.version();
    }

    public long fileSize() {
        return file.size();
    }

    /** Offset of the separator between data and index. */
    public long metaOffset() {
        return file.metaOffset();
    }

    /** File properties (v4; empty for v3), e.g. {@code encryptLevel=0}. */
    public Map<String, String> properties() {
        return file.metadata().properties();
    }

    /** Names of the tables (index roots); tree-model files have one per path prefix, v3 files {@code ""}. */
    public List<String> tables() {
        return new ArrayList<>(file.metadata().tableRoots().keySet());
    }

    public boolean hasBloomFilter() {
        return file.metadata().bloomFilter() != null;
    }

    public ReadCounters counters() {
        return counters;
    }

    /** All devices, table by table, in index order. */
    public List<DeviceInfo> devices() throws IOException {
        List<DeviceInfo> out = new ArrayList<>();
        for (IndexReader.DeviceEntry d : index.devices()) {
            out.add(new DeviceInfo(d.id, index.isAligned(d)));
        }
        return out;
    }

    public Optional<DeviceInfo> device(DeviceId id) throws IOException {
        IndexReader.DeviceEntry d = index.findDevice(id);
        return d == null ? Optional.empty() : Optional.of(new DeviceInfo(d.id, index.isAligned(d)));
    }

    /** The value series of a device in measurement order (an aligned device's time column excluded). */
    public List<SeriesInfo> series(DeviceId id) throws IOException {
        IndexReader.DeviceEntry d = index.findDevice(id);
        if (d == null) {
            return Collections.emptyList();
        }
        List<SeriesInfo> out = new ArrayList<>();
        for (TimeseriesMetadata t : index.timeseries(d)) {
            if (!t.isTimeColumn()) {
                out.add(info(d.id, t));
            }
        }
        return out;
    }

    public Optional<SeriesInfo> series(DeviceId id, String measurement) throws IOException {
        TimeseriesMetadata t = findValueSeries(id, measurement);
        return t == null ? Optional.empty() : Optional.of(info(id, t));
    }

    private static SeriesInfo info(DeviceId id, TimeseriesMetadata t) {
        return new SeriesInfo(id, t.measurementId(), t.dataType(), t.isValueColumn(), t.statistics().copy(),
                t.chunks().size());
    }

    /** Statistics of an aligned device's time column (its count is the number of rows). */
    public Optional<TimeStatistics> alignedTimeStatistics(DeviceId id) throws IOException {
        IndexReader.DeviceEntry d = index.findDevice(id);
        if (d == null || !index.isAligned(d)) {
            return Optional.empty();
        }
        return Optional.of((TimeStatistics) index.find(d, "").statistics().copy());
    }

    /** The chunks of a series with their statistics, read from the index only. */
    public List<ChunkInfo> chunks(DeviceId id, String measurement) throws IOException {
        TimeseriesMetadata t = findValueSeries(id, measurement);
        if (t == null) {
            return Collections.emptyList();
        }
        List<ChunkInfo> out = new ArrayList<>();
        for (ChunkMetadata c : t.chunks()) {
            out.add(new ChunkInfo(c.offset(), c.statistics().copy()));
        }
        return out;
    }

    /**
     * Reads one chunk of a non-aligned series (one of {@link #chunks}) with its page headers, so its
     * page statistics can be used and its pages decoded one by one. Counts as a loaded chunk; no
     * page is decoded. With a {@link MetadataCache} the parsed page headers are kept, and a later
     * reader of the file reads only the bodies of the pages it decodes, not the whole chunk.
     *
     * @throws TsFileException if the file has no such series or chunk, or the series is an aligned
     *         value column (whose pages only make sense with the time column's: use
     *         {@link #readAligned})
     */
    public ChunkPages chunkPages(DeviceId id, String measurement, ChunkInfo chunk) throws IOException {
        TimeseriesMetadata t = findValueSeries(id, measurement);
        if (t == null) {
            throw new TsFileException(file.name() + ": no series " + id + "." + measurement);
        }
        if (t.isValueColumn()) {
            throw new TsFileException(file.name() + ": " + id + "." + measurement
                    + " is an aligned value column; its pages are read with readAligned");
        }
        for (ChunkMetadata c : t.chunks()) {
            if (c.offset() == chunk.offset()) {
                if (shared == null) {
                    return new ChunkPages(ctx, ctx.loader.load(c, t, id + "." + measurement));
                }
                LoadedChunk index = shared.pageIndex(c.offset());
                if (index != null) {
                    counters.chunkLoaded();
                    return new ChunkPages(ctx, index);
                }
                LoadedChunk loaded = ctx.loader.load(c, t, id + "." + measurement);
                shared.putPageIndex(c.offset(), loaded.withoutData());
                return new ChunkPages(ctx, loaded);
            }
        }
        throw new TsFileException(file.name() + ": series " + id + "." + measurement + " has no chunk at offset "
                + chunk.offset());
    }

    /**
     * The encoding and compression of a series' first chunk (read from its chunk header), or
     * empty if the file has no such series. Later chunks may differ (e.g. after a rewrite).
     */
    public Optional<ChunkCodecs> codecs(DeviceId id, String measurement) throws IOException {
        TimeseriesMetadata t = findValueSeries(id, measurement);
        if (t == null) {
            return Optional.empty();
        }
        ChunkHeader h = ctx.loader.header(t.chunks().get(0), t, id + "." + measurement);
        return Optional.of(new ChunkCodecs(h.encodingId(), h.compressionId()));
    }

    /** The encoding and compression of an aligned device's first time chunk, or empty if not aligned. */
    public Optional<ChunkCodecs> alignedTimeCodecs(DeviceId id) throws IOException {
        IndexReader.DeviceEntry d = index.findDevice(id);
        if (d == null || !index.isAligned(d)) {
            return Optional.empty();
        }
        TimeseriesMetadata time = requireTimeColumn(d);
        ChunkHeader h = ctx.loader.header(time.chunks().get(0), time, id + ".<time>");
        return Optional.of(new ChunkCodecs(h.encodingId(), h.compressionId()));
    }

    /**
     * Checks the data section sequentially (chunk group, chunk and operation index markers from
     * the head to {@code metaOffset}, each chunk skipped by its declared size) and that every
     * chunk the index references starts where the scan found a chunk header. Index-driven reads
     * never see damage between chunks; this finds it. Reads headers only, not pages.
     *
     * @return the number of chunk headers in the data section
     * @throws CorruptTsFileException naming the offset where the structure breaks, or the first
     *         chunk the index points to that the scan did not find
     */
    public int checkDataSection() throws IOException {
        Set<Long> found = DataSectionScan.chunkOffsets(file);
        for (IndexReader.DeviceEntry d : index.devices()) {
            for (TimeseriesMetadata t : index.timeseries(d)) {
                for (ChunkMetadata c : t.chunks()) {
                    if (!found.contains(c.offset())) {
                        throw new CorruptTsFileException(file.name() + ": the index places a chunk of "
                                + d.id + "." + t.measurementId() + " at offset " + c.offset()
                                + ", where the data section has no chunk header", c.offset());
                    }
                }
            }
        }
        return found.size();
    }

    /** False only if the bloom filter proves the file has no such series. */
    public boolean mayContain(DeviceId id, String measurement) {
        BloomFilter bloom = file.metadata().bloomFilter();
        return bloom == null || bloom.mightContain(id + "." + measurement);
    }

    private TimeseriesMetadata findValueSeries(DeviceId id, String measurement) throws IOException {
        if (measurement.isEmpty() || !mayContain(id, measurement)) {
            return null;
        }
        IndexReader.DeviceEntry d = index.findDevice(id);
        if (d == null) {
            return null;
        }
        TimeseriesMetadata t = index.find(d, measurement);
        return t == null || t.isTimeColumn() ? null : t;
    }

    /**
     * Reads a series' points within {@code range}. When the file cannot have any (bloom filter,
     * no such series, series statistics outside the range) the reader is empty and the file is
     * counted as skipped without any chunk being read; otherwise chunks and pages outside the
     * range are skipped by their statistics. Works for aligned value columns too (only rows with
     * a value are returned).
     */
    public SeriesReader readSeries(DeviceId id, String measurement, TimeRange range) throws IOException {
        return readSeries(id, measurement, range, true);
    }

    /**
     * Like {@link #readSeries(DeviceId, String, TimeRange)}; with {@code withValues} false only
     * the timestamps of the points are decoded (plus, for an aligned value column, its null
     * bitmaps, which say which rows are points): the batches' {@link SeriesBatch#hasValues()} is
     * false. Enough for counting points or finding their first and last times, at a fraction of
     * the decoding.
     */
    public SeriesReader readSeries(DeviceId id, String measurement, TimeRange range, boolean withValues)
            throws IOException {
        TimeseriesMetadata t = findValueSeries(id, measurement);
        if (t == null) {
            counters.fileSkipped();
            return SeriesReader.empty(null);
        }
        if (!range.overlaps(t.statistics())) {
            counters.fileSkipped();
            return SeriesReader.empty(t.dataType());
        }
        String name = id + "." + measurement;
        if (t.isValueColumn()) {
            IndexReader.DeviceEntry d = index.findDevice(id);
            TimeseriesMetadata time = requireTimeColumn(d);
            return new SeriesReader(t.dataType(), null,
                    new AlignedPages(ctx, id.toString(), time, List.of(t), range, true, withValues));
        }
        return new SeriesReader(t.dataType(), new SeriesPages(ctx, t, name, range, withValues), null);
    }

    /**
     * The distinct timestamps, ascending, of a series' points within {@code range}, all in one
     * batch without values (its times array may be longer than its size): for counting points or
     * finding their first and last times. Decodes only timestamps (and, for an aligned value
     * column, its null bitmaps); a non-aligned series' pages are decoded straight into one array.
     * Skips files, chunks and pages as {@link #readSeries} does.
     */
    public SeriesBatch readTimes(DeviceId id, String measurement, TimeRange range) throws IOException {
        return readTimes(id, measurement, range, null);
    }

    /**
     * Like {@link #readTimes(DeviceId, String, TimeRange)}, decoding into {@code into} when it is
     * large enough: the batch's times array is then that array, else a new one (which a caller
     * reading many files in turn can pass back next time).
     */
    public SeriesBatch readTimes(DeviceId id, String measurement, TimeRange range, long[] into) throws IOException {
        TimeseriesMetadata t = findValueSeries(id, measurement);
        if (t == null || !range.overlaps(t.statistics())) {
            counters.fileSkipped();
            return new SeriesBatch(new long[0], new Column(t == null ? null : t.dataType(), 0, null, null));
        }
        if (!t.isValueColumn()) {
            return new SeriesPages(ctx, t, id + "." + measurement, range, false).allTimes(into);
        }
        SeriesReader r = readSeries(id, measurement, range, false);
        long[] out = new long[0];
        int n = 0;
        boolean ascending = true;
        for (SeriesBatch b = r.next(); b != null; b = r.next()) {
            if (n + b.size() > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(n + b.size(), out.length + (out.length >> 1)));
            }
            System.arraycopy(b.times(), 0, out, n, b.size());
            if (n > 0 && b.size() > 0 && out[n] <= out[n - 1]) {
                ascending = false;
            }
            n += b.size();
        }
        return SeriesPages.distinctTimes(t.dataType(), out, n, ascending);
    }

    /**
     * Reads rows of an aligned device within {@code range}, with the given columns in that order
     * (none: just the timestamps). Rows whose values are all null are included.
     *
     * @throws TsFileException if the device is not aligned or lacks one of the measurements
     */
    public AlignedReader readAligned(DeviceId id, List<String> measurements, TimeRange range) throws IOException {
        return readAligned(id, measurements, range, true);
    }

    /**
     * Like {@link #readAligned(DeviceId, List, TimeRange)}; with {@code withValues} false the
     * value columns' null bitmaps are decoded but not their values (every column's
     * {@link Column#values()} is null), for callers that need only which rows hold a value.
     */
    public AlignedReader readAligned(DeviceId id, List<String> measurements, TimeRange range, boolean withValues)
            throws IOException {
        IndexReader.DeviceEntry d = index.findDevice(id);
        if (d == null) {
            counters.fileSkipped();
            return new AlignedReader(null);
        }
        TimeseriesMetadata time = requireTimeColumn(d);
        List<TimeseriesMetadata> columns = new ArrayList<>();
        for (String m : measurements) {
            TimeseriesMetadata t = m.isEmpty() ? null : index.find(d, m);
            if (t == null) {
                throw new TsFileException(file.name() + ": aligned device " + id + " has no measurement " + m);
            }
            columns.add(t);
        }
        if (!range.overlaps(time.statistics())) {
            counters.fileSkipped();
            return new AlignedReader(null);
        }
        return new AlignedReader(new AlignedPages(ctx, id.toString(), time, columns, range, false, withValues));
    }

    private TimeseriesMetadata requireTimeColumn(IndexReader.DeviceEntry d) throws IOException {
        TimeseriesMetadata time = index.isAligned(d) ? index.find(d, "") : null;
        if (time == null || !time.isTimeColumn()) {
            throw new TsFileException(file.name() + ": device " + d.id + " is not aligned");
        }
        return time;
    }

    /** Statistics of a series over the whole file without reading data, if the file has it. */
    public Optional<Statistics> statistics(DeviceId id, String measurement) throws IOException {
        TimeseriesMetadata t = findValueSeries(id, measurement);
        return t == null ? Optional.empty() : Optional.of(t.statistics().copy());
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
