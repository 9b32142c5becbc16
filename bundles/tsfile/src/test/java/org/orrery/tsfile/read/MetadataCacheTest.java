package org.orrery.tsfile.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.testing.TestCodecs;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.WriterOptions;

/** Readers sharing a metadata cache read the same content as readers without one. */
class MetadataCacheTest {
    private static final DeviceId D1 = DeviceId.parse("root.c.d1");
    private static final DeviceId D2 = DeviceId.parse("root.c.d2");
    private static final MeasurementSchema S = MeasurementSchema.of("s", DataType.INT64, "TS_2DIFF", "LZ4");
    private static final MeasurementSchema T = MeasurementSchema.of("t", DataType.INT64, "PLAIN", "UNCOMPRESSED");

    @TempDir
    Path dir;

    /** {@code rows} rows per device from time {@code base}; value = offset + row. */
    private static byte[] file(long base, int rows, long offset) throws IOException {
        return Files.write(WriterOptions.defaults().withMaxPointsPerPage(50), w -> {
            for (DeviceId d : List.of(D1, D2)) {
                w.registerDevice(d, false, List.of(S, T));
                Tablet t = new Tablet(d, List.of(S, T), rows);
                for (int i = 0; i < rows; i++) {
                    t.setTime(i, base + i);
                    t.setLong(0, i, offset + i);
                    t.setLong(1, i, -offset - i);
                }
                t.setRowCount(rows);
                w.write(t);
            }
        });
    }

    private Path store(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        java.nio.file.Files.write(p, bytes);
        return p;
    }

    private static List<Long> read(Path p, ReaderOptions options, DeviceId d, String m) throws IOException {
        List<Long> out = new ArrayList<>();
        try (TsFileReader r = TsFileReader.open(p, TestCodecs.registry(), options)) {
            SeriesReader sr = r.readSeries(d, m, TimeRange.ALL);
            for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                for (int i = 0; i < b.size(); i++) {
                    out.add(b.times()[i]);
                    out.add(b.values().longs()[i]);
                }
            }
        }
        return out;
    }

    @Test
    void secondOpenHitsAndReadsTheSameContent() throws IOException {
        Path p = store("1-0-0.tsfile", file(1000, 300, 5));
        MetadataCache cache = new MetadataCache(1 << 20);
        ReaderOptions cached = ReaderOptions.defaults().withMetadataCache(cache);
        List<Long> plain = read(p, ReaderOptions.defaults(), D2, "t");
        assertEquals(600, plain.size());
        assertEquals(List.of(1000L, -5L), plain.subList(0, 2));
        assertEquals(plain, read(p, cached, D2, "t"));
        assertEquals(0, cache.hits());
        assertEquals(1, cache.misses());
        for (int i = 0; i < 3; i++) {
            assertEquals(plain, read(p, cached, D2, "t"));
            assertEquals(read(p, ReaderOptions.defaults(), D1, "s"), read(p, cached, D1, "s"));
        }
        assertEquals(6, cache.hits());
        assertEquals(1, cache.fileCount());
        try (TsFileReader r = TsFileReader.open(p, TestCodecs.registry(), cached)) {
            assertEquals(Optional.empty(), r.series(D1, "nope"));
            assertEquals(Optional.empty(), r.device(DeviceId.parse("root.c.d9")));
            assertEquals(2, r.series(D1).size());
            assertEquals(300, r.statistics(D2, "s").orElseThrow().count());
        }
    }

    /** The second reader's pages come from the cached page headers, their bodies read one by one. */
    @Test
    void cachedPageHeadersDecodeTheSamePages() throws IOException {
        Path p = store("3-0-0.tsfile", file(0, 400, 11));
        MetadataCache cache = new MetadataCache(1 << 20);
        for (int reader = 0; reader < 3; reader++) {
            ReaderOptions cached = ReaderOptions.defaults().withMetadataCache(cache); // fresh counters
            try (TsFileReader plain = TsFileReader.open(p, TestCodecs.registry(), ReaderOptions.defaults());
                 TsFileReader shared = TsFileReader.open(p, TestCodecs.registry(), cached)) {
                ChunkInfo chunk = plain.chunks(D1, "s").get(0);
                ChunkPages expected = plain.chunkPages(D1, "s", chunk);
                ChunkPages got = shared.chunkPages(D1, "s", shared.chunks(D1, "s").get(0));
                assertEquals(1, shared.counters().chunksLoaded());
                assertEquals(expected.pageCount(), got.pageCount());
                assertTrue(got.pageCount() >= 8, "pages of 50 points");
                for (int page = got.pageCount() - 1; page >= 0; page--) {
                    assertEquals(expected.statistics(page).toString(), got.statistics(page).toString());
                    TimeRange cut = TimeRange.of(page * 50 + 10, page * 50 + 30);
                    for (TimeRange range : new TimeRange[] {TimeRange.ALL, cut}) {
                        SeriesBatch a = expected.decode(page, range);
                        SeriesBatch b = got.decode(page, range);
                        assertEquals(a.size(), b.size());
                        for (int i = 0; i < a.size(); i++) {
                            assertEquals(a.times()[i], b.times()[i]);
                            assertEquals(a.values().longs()[i], b.values().longs()[i]);
                            assertEquals(11 + a.times()[i], b.values().longs()[i], "value = offset + row");
                        }
                        assertEquals(a.size(), got.decodeTimes(page, range).size());
                    }
                }
            }
        }
    }

    @Test
    void aRewrittenFileIsParsedAgain() throws IOException {
        Path p = store("2-0-0.tsfile", file(0, 100, 0));
        MetadataCache cache = new MetadataCache(1 << 20);
        ReaderOptions cached = ReaderOptions.defaults().withMetadataCache(cache);
        assertEquals(200, read(p, cached, D1, "s").size());
        // Same name, other content (as after a database is dropped and written again).
        store("2-0-0.tsfile", file(50_000, 250, 7));
        java.nio.file.Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        List<Long> again = read(p, cached, D1, "s");
        assertEquals(read(p, ReaderOptions.defaults(), D1, "s"), again);
        assertEquals(List.of(50_000L, 7L), again.subList(0, 2));
        assertEquals(0, cache.hits());
        assertEquals(2, cache.misses());
        assertEquals(1, cache.fileCount());
    }

    @Test
    void invalidationAndTheByteBoundEvict() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(store((10 + i) + "-0-0.tsfile", file(i * 10_000L, 200, i)));
        }
        MetadataCache unbounded = new MetadataCache(Long.MAX_VALUE);
        for (Path p : files) {
            read(p, ReaderOptions.defaults().withMetadataCache(unbounded), D1, "s");
        }
        assertEquals(6, unbounded.fileCount());
        long perFile = unbounded.bytes() / 6;
        assertTrue(perFile > MetadataCache.FILE_OVERHEAD, "parsed metadata is charged: " + perFile);
        unbounded.invalidate(files.get(2));
        assertEquals(5, unbounded.fileCount());
        unbounded.invalidateUnder(dir);
        assertEquals(0, unbounded.fileCount());
        assertEquals(0, unbounded.bytes());

        MetadataCache small = new MetadataCache(perFile * 2 + perFile / 2);
        for (Path p : files) {
            assertEquals(read(p, ReaderOptions.defaults(), D2, "t"),
                    read(p, ReaderOptions.defaults().withMetadataCache(small), D2, "t"));
            assertTrue(small.bytes() <= small.maxBytes(), small.bytes() + " > " + small.maxBytes());
        }
        assertEquals(2, small.fileCount());
        // The two most recently opened files stay.
        read(files.get(5), ReaderOptions.defaults().withMetadataCache(small), D2, "t");
        assertEquals(1, small.hits());

        MetadataCache none = new MetadataCache(0);
        assertEquals(read(files.get(0), ReaderOptions.defaults(), D1, "t"),
                read(files.get(0), ReaderOptions.defaults().withMetadataCache(none), D1, "t"));
        assertEquals(0, none.fileCount());
        assertThrows(IllegalArgumentException.class, () -> new MetadataCache(-1));
    }
}
