package org.orrery.tsfile.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.WriterOptions;

/**
 * Reading timestamps only (for counting) yields exactly the points a full read yields, and a full
 * read that decodes values only up to the end of its range still returns the right values.
 */
class TimesOnlyReadTest {
    private static final DeviceId PLAIN = DeviceId.parse("root.t.plain");
    private static final DeviceId ALIGNED = DeviceId.parse("root.t.aligned");
    private static final MeasurementSchema G = MeasurementSchema.of("g", DataType.DOUBLE, "GORILLA", "LZ4");
    private static final MeasurementSchema X = MeasurementSchema.of("x", DataType.TEXT, "PLAIN", "UNCOMPRESSED");
    private static final MeasurementSchema A = MeasurementSchema.of("a", DataType.INT32, "RLE", "LZ4");
    private static final MeasurementSchema B = MeasurementSchema.of("b", DataType.DOUBLE, "GORILLA", "UNCOMPRESSED");
    private static final int ROWS = 1000;

    /** Point i at time 7*i: g = i/3.0, x = "v"+i; aligned a = i except every 3rd row null, b null except every 5th. */
    private static byte[] file() throws IOException {
        return Files.write(WriterOptions.defaults().withMaxPointsPerPage(64), w -> {
            w.registerDevice(PLAIN, false, List.of(G, X));
            w.registerDevice(ALIGNED, true, List.of(A, B));
            Tablet t = new Tablet(PLAIN, List.of(G, X), ROWS);
            Tablet a = new Tablet(ALIGNED, List.of(A, B), ROWS);
            for (int i = 0; i < ROWS; i++) {
                t.setTime(i, 7L * i);
                t.setDouble(0, i, i / 3.0);
                t.setBinary(1, i, ("v" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                a.setTime(i, 7L * i);
                if (i % 3 == 0) {
                    a.setNull(0, i);
                } else {
                    a.setInt(0, i, i);
                }
                if (i % 5 == 0) {
                    a.setDouble(1, i, i * 0.5);
                } else {
                    a.setNull(1, i);
                }
            }
            t.setRowCount(ROWS);
            a.setRowCount(ROWS);
            w.write(t);
            w.write(a);
        });
    }

    private static final String[][] SERIES = {{"plain", "g"}, {"plain", "x"}, {"aligned", "a"}, {"aligned", "b"}};

    private static final TimeRange[] RANGES = {
        TimeRange.ALL, TimeRange.of(0, 6), TimeRange.of(100, 2000), TimeRange.of(448, 895),
        TimeRange.of(3000, 3500), TimeRange.of(6993, 7100), TimeRange.of(-50, -1), TimeRange.of(449, 450),
    };

    @Test
    void timesOnlySeriesReadsMatchFullReads() throws IOException {
        byte[] file = file();
        for (TimeRange range : RANGES) {
            for (String[] series : SERIES) {
                DeviceId id = series[0].equals("plain") ? PLAIN : ALIGNED;
                List<Long> full = new ArrayList<>();
                List<Long> timesOnly = new ArrayList<>();
                try (TsFileReader r = Files.open(file)) {
                    SeriesReader sr = r.readSeries(id, series[1], range, true);
                    for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                        assertTrue(b.hasValues());
                        for (int i = 0; i < b.size(); i++) {
                            long time = b.times()[i];
                            full.add(time);
                            assertEquals(expected(series[1], (int) (time / 7)), boxed(b.values(), i),
                                    series[1] + " at " + time);
                        }
                    }
                    SeriesReader to = r.readSeries(id, series[1], range, false);
                    for (SeriesBatch b = to.next(); b != null; b = to.next()) {
                        assertFalse(b.hasValues());
                        assertNull(b.values().values());
                        for (int i = 0; i < b.size(); i++) {
                            timesOnly.add(b.times()[i]);
                        }
                    }
                }
                assertEquals(straightforward(series[1], range), full, series[1] + " in " + range);
                assertEquals(full, timesOnly, series[1] + " in " + range);
            }
        }
    }

    @Test
    void timesOnlyAlignedRowsKeepNullFlags() throws IOException {
        byte[] file = file();
        for (TimeRange range : RANGES) {
            try (TsFileReader r = Files.open(file)) {
                AlignedReader full = r.readAligned(ALIGNED, List.of("a", "b"), range, true);
                AlignedReader times = r.readAligned(ALIGNED, List.of("a", "b"), range, false);
                for (AlignedBatch f = full.next(); f != null; f = full.next()) {
                    AlignedBatch t = times.next();
                    assertEquals(f.size(), t.size());
                    for (int row = 0; row < f.size(); row++) {
                        assertEquals(f.times()[row], t.times()[row]);
                        int i = (int) (f.times()[row] / 7);
                        for (int c = 0; c < 2; c++) {
                            assertNull(t.column(c).values());
                            assertEquals(f.column(c).isNull(row), t.column(c).isNull(row));
                            assertEquals(c == 0 ? i % 3 == 0 : i % 5 != 0, t.column(c).isNull(row), "row " + i);
                        }
                    }
                }
                assertNull(times.next());
            }
        }
    }

    @Test
    void pageDecodeOfTimesMatchesFullDecodeAndValuesStopAtTheRangeEnd() throws IOException {
        try (TsFileReader r = Files.open(file())) {
            ChunkInfo chunk = r.chunks(PLAIN, "g").get(0);
            ChunkPages pages = r.chunkPages(PLAIN, "g", chunk);
            assertTrue(pages.pageCount() > 10);
            for (int p = 0; p < pages.pageCount(); p++) {
                long start = pages.statistics(p).startTime();
                TimeRange[] cuts = {TimeRange.ALL, TimeRange.of(start, start + 7 * 10), TimeRange.of(start + 7 * 20,
                        start + 7 * 40), TimeRange.of(start + 7 * 50, Long.MAX_VALUE)};
                for (TimeRange cut : cuts) {
                    SeriesBatch full = pages.decode(p, cut);
                    SeriesBatch times = pages.decodeTimes(p, cut);
                    assertEquals(full.size(), times.size());
                    assertFalse(times.hasValues());
                    long[] a = java.util.Arrays.copyOf(full.times(), full.size());
                    long[] b = java.util.Arrays.copyOf(times.times(), times.size());
                    assertArrayEquals(a, b);
                    for (int i = 0; i < full.size(); i++) {
                        assertEquals(full.times()[i] / 7 / 3.0, full.values().doubles()[i],
                                "page " + p + " cut " + cut);
                    }
                }
            }
        }
    }

    @Test
    void readTimesGathersAllPagesInOneArray() throws IOException {
        byte[] file = file();
        for (TimeRange range : RANGES) {
            for (String[] series : SERIES) {
                DeviceId id = series[0].equals("plain") ? PLAIN : ALIGNED;
                try (TsFileReader r = Files.open(file)) {
                    SeriesBatch all = r.readTimes(id, series[1], range);
                    assertFalse(all.hasValues());
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        got.add(all.times()[i]);
                    }
                    assertEquals(straightforward(series[1], range), got, series[1] + " in " + range);
                }
            }
        }
        try (TsFileReader r = Files.open(file)) {
            assertEquals(0, r.readTimes(PLAIN, "nope", TimeRange.ALL).size());
            assertEquals(0, r.readTimes(PLAIN, "g", TimeRange.of(1_000_000, 2_000_000)).size());
        }
    }

    /**
     * This writer refuses chunks that go back in time, but other writers' files may have them: the
     * times of such pages are sorted and a time two chunks share is one point.
     */
    @Test
    void timesOfPagesOutOfOrderAreSortedAndDistinct() {
        long[] times = {500, 501, 502, 100, 101, 501, 502, 503, 0};
        SeriesBatch b = SeriesPages.distinctTimes(DataType.DOUBLE, times, 8, false);
        assertEquals(6, b.size());
        assertArrayEquals(new long[] {100, 101, 500, 501, 502, 503}, java.util.Arrays.copyOf(b.times(), 6));
        SeriesBatch ordered = SeriesPages.distinctTimes(DataType.DOUBLE, new long[] {1, 2, 3}, 2, true);
        assertEquals(2, ordered.size());
    }

    private static List<Long> straightforward(String series, TimeRange range) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            long time = 7L * i;
            if (time >= range.start() && time <= range.end() && expected(series, i) != null) {
                out.add(time);
            }
        }
        return out;
    }

    private static Object expected(String series, int i) {
        switch (series) {
            case "g":
                return i / 3.0;
            case "x":
                return "v" + i;
            case "a":
                return i % 3 == 0 ? null : i;
            default:
                return i % 5 == 0 ? i * 0.5 : null;
        }
    }

    private static Object boxed(Column c, int i) {
        switch (c.type()) {
            case DOUBLE:
                return c.doubles()[i];
            case INT32:
                return c.ints()[i];
            default:
                return new String(c.binaries()[i], java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
