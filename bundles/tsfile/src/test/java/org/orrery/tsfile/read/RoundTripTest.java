package org.orrery.tsfile.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.stats.DoubleStatistics;
import org.orrery.tsfile.stats.IntStatistics;
import org.orrery.tsfile.stats.LongStatistics;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.testing.ColumnData;
import org.orrery.tsfile.testing.TestCodecs;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.WriterOptions;

/**
 * Writes every (type, encoding) pair the format allows, under every compressor, as a
 * non-aligned series and as an aligned column, with several pages per chunk and two chunk groups,
 * and reads it back exactly (floats bit for bit) with statistics that match the data.
 */
class RoundTripTest {
    private static final int ROWS = 1600;
    private static final int FLUSH_AT = 1000;
    private static final int PAGE_POINTS = 200;
    private static final List<String> COMPRESSIONS = List.of("UNCOMPRESSED", "SNAPPY", "GZIP", "LZ4", "ZSTD", "LZMA2");
    private static final DeviceId DEVICE = DeviceId.parse("root.test.dev");

    /** Encodings the format allows per type (TsFile's TYPE_SUPPORTED_ENCODINGS). */
    static List<String> encodingsFor(DataType t) {
        switch (t) {
            case BOOLEAN:
                return List.of("PLAIN", "RLE");
            case INT32:
            case INT64:
            case DATE:
            case TIMESTAMP:
                return List.of("PLAIN", "RLE", "TS_2DIFF", "GORILLA", "ZIGZAG", "CHIMP", "SPRINTZ", "RLBE");
            case FLOAT:
                return List.of("PLAIN", "RLE", "TS_2DIFF", "GORILLA_V1", "GORILLA", "CHIMP", "SPRINTZ", "RLBE");
            case DOUBLE:
                return List.of("PLAIN", "RLE", "TS_2DIFF", "GORILLA_V1", "GORILLA", "CHIMP", "SPRINTZ", "RLBE",
                        "CAMEL");
            case TEXT:
            case STRING:
                return List.of("PLAIN", "DICTIONARY");
            default:
                return List.of("PLAIN");
        }
    }

    static Stream<Arguments> typeEncodingCompression() {
        List<Arguments> out = new ArrayList<>();
        int k = 0;
        for (DataType t : DataType.values()) {
            for (String enc : encodingsFor(t)) {
                out.add(Arguments.of(t, enc, COMPRESSIONS.get(k++ % COMPRESSIONS.size())));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> compressions() {
        List<Arguments> out = new ArrayList<>();
        for (String c : COMPRESSIONS) {
            out.add(Arguments.of(DataType.DOUBLE, "GORILLA", c));
            out.add(Arguments.of(DataType.TEXT, "PLAIN", c));
            out.add(Arguments.of(DataType.INT64, "TS_2DIFF", c));
        }
        return out.stream();
    }

    private static void assumeCodecs(String encoding, String compression) {
        assumeTrue(TestCodecs.hasEncoding(encoding), "codec bundle for " + encoding + " not on the test class path");
        assumeTrue(TestCodecs.hasCompressor(compression), "codec bundle for " + compression + " not present");
        assumeTrue(TestCodecs.hasCompressor("LZ4"), "LZ4 (aligned time default) not present");
    }

    @ParameterizedTest(name = "{0} {1} {2} non-aligned")
    @MethodSource({"typeEncodingCompression", "compressions"})
    void nonAlignedSeriesRoundTrips(DataType type, String encoding, String compression) throws IOException {
        assumeCodecs(encoding, compression);
        long[] times = ColumnData.times(ROWS, 1_000_000L, 7);
        Object values = ColumnData.values(type, ROWS, type.ordinal() * 31L + encoding.hashCode(),
                !encoding.equals("GORILLA_V1"));
        MeasurementSchema m = MeasurementSchema.of("s", type, encoding, compression);
        byte[] file = Files.write(WriterOptions.defaults().withMaxPointsPerPage(PAGE_POINTS), w -> {
            w.registerDevice(DEVICE, false, List.of(m));
            writeBlocks(w, m, times, values, false);
        });
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            if (i % 7 != 0) {
                present.add(i);
            }
        }
        try (TsFileReader r = Files.open(file)) {
            SeriesInfo info = r.series(DEVICE, "s").orElseThrow();
            assertEquals(type, info.type());
            assertEquals(2, info.chunkCount(), "one chunk per chunk group");
            int k = 0;
            SeriesReader sr = r.readSeries(DEVICE, "s", TimeRange.ALL);
            for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                assertTrue(b.size() <= PAGE_POINTS);
                for (int i = 0; i < b.size(); i++, k++) {
                    int row = present.get(k);
                    assertEquals(times[row], b.times()[i], "time of point " + k);
                    if (!ColumnData.sameValue(values, row, b.values().values(), i)) {
                        fail(type + " " + encoding + ": point " + k + " wrote " + ColumnData.show(values, row)
                                + " read " + ColumnData.show(b.values().values(), i));
                    }
                }
            }
            assertEquals(present.size(), k);
            checkStatistics(info.statistics(), times, values, present);
            assertTrue(r.counters().pagesDecoded() > 2, "multi-page chunks");
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} aligned")
    @MethodSource({"typeEncodingCompression", "compressions"})
    void alignedColumnRoundTripsWithNullsAndEmptyPages(DataType type, String encoding, String compression)
            throws IOException {
        assumeCodecs(encoding, compression);
        long[] times = ColumnData.times(ROWS, 5_000_000L, 11);
        Object values = ColumnData.values(type, ROWS, type.ordinal() * 17L + encoding.hashCode(),
                !encoding.equals("GORILLA_V1"));
        MeasurementSchema m = MeasurementSchema.of("v", type, encoding, compression);
        MeasurementSchema other = MeasurementSchema.of("other", DataType.INT32, "PLAIN", compression);
        byte[] file = Files.write(WriterOptions.defaults().withMaxPointsPerPage(PAGE_POINTS), w -> {
            w.registerDevice(DEVICE, true, List.of(m, other));
            writeAligned(w, m, other, times, values);
        });
        try (TsFileReader r = Files.open(file)) {
            assertTrue(r.device(DEVICE).orElseThrow().isAligned());
            assertEquals(ROWS, r.alignedTimeStatistics(DEVICE).orElseThrow().count());
            AlignedReader ar = r.readAligned(DEVICE, List.of("v", "other"), TimeRange.ALL);
            int row = 0;
            for (AlignedBatch b = ar.next(); b != null; b = ar.next()) {
                Column v = b.column(0);
                Column o = b.column(1);
                for (int i = 0; i < b.size(); i++, row++) {
                    assertEquals(times[row], b.times()[i]);
                    assertEquals(alignedNull(row), v.isNull(i), "null flag of row " + row);
                    assertEquals(row % 500 == 250, o.isNull(i), "null flag of other at row " + row);
                    if (!alignedNull(row) && !ColumnData.sameValue(values, row, v.values(), i)) {
                        fail(type + " " + encoding + ": row " + row + " wrote " + ColumnData.show(values, row)
                                + " read " + ColumnData.show(v.values(), i));
                    }
                    if (!o.isNull(i)) {
                        assertEquals(row * 3, o.ints()[i]);
                    }
                }
            }
            assertEquals(ROWS, row, "all rows, all-null ones included");
            List<Integer> present = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                if (!alignedNull(i)) {
                    present.add(i);
                }
            }
            checkStatistics(r.series(DEVICE, "v").orElseThrow().statistics(), times, values, present);
            // as a series, only the rows with a value
            int k = 0;
            SeriesReader sr = r.readSeries(DEVICE, "v", TimeRange.ALL);
            for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                for (int i = 0; i < b.size(); i++, k++) {
                    assertEquals(times[present.get(k)], b.times()[i]);
                }
            }
            assertEquals(present.size(), k);
        }
    }

    /** Nulls of the aligned test column: every 7th row, all-null rows, and the first 300 rows of chunk group 2 (one whole page). */
    private static boolean alignedNull(int row) {
        return row % 7 == 0 || row % 500 == 250 || (row >= FLUSH_AT && row < FLUSH_AT + 300);
    }

    private static void writeBlocks(org.orrery.tsfile.write.TsFileWriter w, MeasurementSchema m, long[] times,
                                    Object values, boolean unused) throws IOException {
        int block = 700;
        for (int start = 0; start < ROWS; ) {
            int end = Math.min(start + block, start < FLUSH_AT ? FLUSH_AT : ROWS);
            Tablet t = new Tablet(DEVICE, List.of(m), end - start);
            System.arraycopy(times, start, t.times(), 0, end - start);
            System.arraycopy(values, start, t.column(0), 0, end - start);
            for (int i = start; i < end; i++) {
                if (i % 7 == 0) {
                    t.setNull(0, i - start);
                }
            }
            t.setRowCount(end - start);
            w.write(t);
            start = end;
            if (start == FLUSH_AT) {
                w.flush();
            }
        }
    }

    private static void writeAligned(org.orrery.tsfile.write.TsFileWriter w, MeasurementSchema m,
                                     MeasurementSchema other, long[] times, Object values) throws IOException {
        int block = 640;
        for (int start = 0; start < ROWS; ) {
            int end = Math.min(start + block, start < FLUSH_AT ? FLUSH_AT : ROWS);
            Tablet t = new Tablet(DEVICE, List.of(m, other), end - start);
            System.arraycopy(times, start, t.times(), 0, end - start);
            System.arraycopy(values, start, t.column(0), 0, end - start);
            for (int i = start; i < end; i++) {
                t.ints(1)[i - start] = i * 3;
                if (alignedNull(i)) {
                    t.setNull(0, i - start);
                }
                if (i % 500 == 250) {
                    t.setNull(1, i - start);
                }
            }
            t.setRowCount(end - start);
            w.write(t);
            start = end;
            if (start == FLUSH_AT) {
                w.flush();
            }
        }
    }

    /** Checks the series statistics against values computed here with plain loops. */
    private static void checkStatistics(Statistics s, long[] times, Object values, List<Integer> rows) {
        assertEquals(rows.size(), s.count());
        int first = rows.get(0);
        int last = rows.get(rows.size() - 1);
        assertEquals(times[first], s.startTime());
        assertEquals(times[last], s.endTime());
        if (values instanceof int[] && s instanceof IntStatistics) {
            int[] v = (int[]) values;
            long sum = 0;
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int r : rows) {
                sum += v[r];
                min = Math.min(min, v[r]);
                max = Math.max(max, v[r]);
            }
            IntStatistics is = (IntStatistics) s;
            assertEquals(sum, is.sum());
            assertEquals(min, is.min());
            assertEquals(max, is.max());
            assertEquals(v[first], is.first());
            assertEquals(v[last], is.last());
        } else if (values instanceof long[] && s instanceof LongStatistics) {
            long[] v = (long[]) values;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int r : rows) {
                min = Math.min(min, v[r]);
                max = Math.max(max, v[r]);
            }
            LongStatistics ls = (LongStatistics) s;
            assertEquals(min, ls.min());
            assertEquals(max, ls.max());
            assertEquals(v[first], ls.first());
            assertEquals(v[last], ls.last());
        } else if (values instanceof double[] && s instanceof DoubleStatistics) {
            double[] v = (double[]) values;
            DoubleStatistics ds = (DoubleStatistics) s;
            assertEquals(Double.doubleToRawLongBits(v[first]), Double.doubleToRawLongBits(ds.first()));
            assertEquals(Double.doubleToRawLongBits(v[last]), Double.doubleToRawLongBits(ds.last()));
            assertFalse(ds.max() < ds.min(), "max below min");
        }
    }
}
