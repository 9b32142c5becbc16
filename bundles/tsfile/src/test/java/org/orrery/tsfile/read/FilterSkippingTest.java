package org.orrery.tsfile.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.stats.LongStatistics;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * Time filters skip files, chunks and pages by their statistics; the counters prove that the
 * skipped data was neither loaded nor decoded.
 */
class FilterSkippingTest {
    private static final DeviceId PLAIN = DeviceId.parse("root.f.plain");
    private static final DeviceId ALIGNED = DeviceId.parse("root.f.aligned");
    private static final MeasurementSchema S = MeasurementSchema.of("s", DataType.INT64, "TS_2DIFF", "UNCOMPRESSED");
    private static final MeasurementSchema A = MeasurementSchema.of("a", DataType.DOUBLE, "PLAIN", "UNCOMPRESSED");
    private static final MeasurementSchema B = MeasurementSchema.of("b", DataType.INT32, "PLAIN", "UNCOMPRESSED");

    /** 10 chunk groups of 1 000 points, 100 points per page; point i at time base + i*1000 with value i. */
    private static byte[] file(long base) throws IOException {
        WriterOptions o = WriterOptions.defaults().withMaxPointsPerPage(100)
                .withAlignedTimeCodecs("TS_2DIFF", "UNCOMPRESSED");
        return Files.write(o, w -> {
            w.registerDevice(PLAIN, false, List.of(S));
            w.registerDevice(ALIGNED, true, List.of(A, B));
            for (int g = 0; g < 10; g++) {
                Tablet t = new Tablet(PLAIN, List.of(S), 1000);
                Tablet a = new Tablet(ALIGNED, List.of(A, B), 1000);
                for (int i = 0; i < 1000; i++) {
                    int p = g * 1000 + i;
                    t.setTime(i, base + p * 1000L);
                    t.setLong(0, i, p);
                    a.setTime(i, base + p * 1000L);
                    a.setDouble(0, i, p * 0.5);
                    a.setInt(1, i, p);
                }
                t.setRowCount(1000);
                a.setRowCount(1000);
                w.write(t);
                w.write(a);
                w.flush();
            }
        });
    }

    @Test
    void rangeInsideOneChunkLoadsOneChunkAndDecodesOnlyOverlappingPages() throws IOException {
        try (TsFileReader r = Files.open(file(0))) {
            ReadCounters c = r.counters();
            SeriesReader sr = r.readSeries(PLAIN, "s", TimeRange.of(4_250_000, 4_349_000));
            long expected = 4250;
            for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                for (int i = 0; i < b.size(); i++) {
                    assertEquals(expected * 1000, b.times()[i]);
                    assertEquals(expected++, b.values().longs()[i]);
                }
            }
            assertEquals(4350, expected, "range ends are inclusive");
            assertEquals(1, c.chunksLoaded());
            assertEquals(9, c.chunksSkipped());
            assertEquals(2, c.pagesDecoded(), "pages 4200..4299 and 4300..4399");
            assertEquals(8, c.pagesSkipped());
            assertEquals(200, c.pointsDecoded());
            assertEquals(0, c.filesSkipped());
        }
    }

    @Test
    void alignedRangeSkipsTimeAndValueChunksAndPagesTogether() throws IOException {
        try (TsFileReader r = Files.open(file(0))) {
            ReadCounters c = r.counters();
            AlignedReader ar = r.readAligned(ALIGNED, List.of("a", "b"), TimeRange.of(7_000_000, 7_099_000));
            int rows = 0;
            for (AlignedBatch b = ar.next(); b != null; b = ar.next()) {
                for (int i = 0; i < b.size(); i++, rows++) {
                    assertEquals((7000 + rows) * 0.5, b.column(0).doubles()[i]);
                    assertEquals(7000 + rows, b.column(1).ints()[i]);
                }
            }
            assertEquals(100, rows);
            assertEquals(3, c.chunksLoaded(), "time chunk and two value chunks of chunk group 7");
            assertEquals(27, c.chunksSkipped(), "9 chunk groups x 3 chunks");
            assertEquals(3, c.pagesDecoded(), "one time page and two value pages");
            assertEquals(27, c.pagesSkipped(), "9 pages x 3 columns");
        }
    }

    @Test
    void filesOutsideTheRangeOrWithoutTheSeriesAreSkippedWithoutReadingChunks() throws IOException {
        ReadCounters shared = new ReadCounters();
        ReaderOptions options = ReaderOptions.defaults().withCounters(shared);
        byte[][] files = {file(0), file(100_000_000L), file(200_000_000L)};
        long points = 0;
        for (byte[] f : files) {
            try (TsFileReader r = Files.open(f, options)) {
                SeriesReader sr = r.readSeries(PLAIN, "s", TimeRange.of(105_000_000L, 105_999_000L));
                for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                    points += b.size();
                }
                assertFalse(r.mayContain(PLAIN, "no_such_series") && r.mayContain(PLAIN, "nor_this")
                        && r.mayContain(PLAIN, "nor_that"), "bloom filter rejects absent series");
                assertNull(r.readSeries(PLAIN, "missing", TimeRange.ALL).next());
            }
        }
        assertEquals(1000, points);
        assertEquals(2 + 3, shared.filesSkipped(), "two files by statistics, three absent series");
        assertEquals(1, shared.chunksLoaded(), "only the middle file's chunk 5 was read");
    }

    @Test
    void statisticsOnlyReadsDoNotTouchChunks() throws IOException {
        try (TsFileReader r = Files.open(file(0))) {
            LongStatistics s = (LongStatistics) r.statistics(PLAIN, "s").orElseThrow();
            assertEquals(10_000, s.count());
            assertEquals(0, s.min());
            assertEquals(9_999, s.max());
            assertEquals(9_999L * 10_000 / 2, (long) s.sum());
            List<ChunkInfo> chunks = r.chunks(PLAIN, "s");
            assertEquals(10, chunks.size());
            assertEquals(3_000_000, chunks.get(3).statistics().startTime());
            assertEquals(3_999_000, chunks.get(3).statistics().endTime());
            assertEquals(10_000, r.alignedTimeStatistics(ALIGNED).orElseThrow().count());
            assertEquals(2, r.series(ALIGNED).size());
            assertEquals(0, r.counters().chunksLoaded());
            assertEquals(0, r.counters().pagesDecoded());
        }
    }

    @Test
    void singlePageChunksAreFilteredByTheirChunkStatistics() throws IOException {
        byte[] f = Files.write(WriterOptions.defaults(), (TsFileWriter w) -> {
            w.registerDevice(PLAIN, false, List.of(S));
            for (int g = 0; g < 3; g++) {
                Tablet t = new Tablet(PLAIN, List.of(S), 10);
                for (int i = 0; i < 10; i++) {
                    t.setTime(i, g * 100 + i);
                    t.setLong(0, i, i);
                }
                t.setRowCount(10);
                w.write(t);
                w.flush();
            }
        });
        try (TsFileReader r = Files.open(f)) {
            SeriesReader sr = r.readSeries(PLAIN, "s", TimeRange.of(105, 205));
            int n = 0;
            for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                n += b.size();
            }
            assertEquals(5 + 6, n, "105..109 and 200..205");
            assertEquals(2, r.counters().chunksLoaded());
            assertEquals(1, r.counters().chunksSkipped());
            assertTrue(r.counters().pagesSkipped() == 0);
        }
    }
}
