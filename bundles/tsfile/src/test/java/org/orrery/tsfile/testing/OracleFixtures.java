package org.orrery.tsfile.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * Writes the files checked by hand with the official library (tsfile-oracle {@code dump} must
 * exit 0 on each; see the module README): the oracle's sample data, every type with every
 * encoding the format allows (non-aligned and aligned with nulls, all-null rows, empty pages and
 * empty chunks), a deep metadata index (degree 3) and a wide one (300 devices, 600 series).
 * Usage: {@code OracleFixtures OUT_DIR}.
 */
public final class OracleFixtures {
    private OracleFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (String name : List.of("sample.tsfile", "sample-extended.tsfile", "all-encodings.tsfile",
                "index-degree3.tsfile", "wide.tsfile")) {
            Files.deleteIfExists(dir.resolve(name));
        }
        OracleSample.write(dir.resolve("sample.tsfile"), false, OracleSample.sampleOptions());
        OracleSample.write(dir.resolve("sample-extended.tsfile"), true, OracleSample.sampleOptions());
        allEncodings(dir.resolve("all-encodings.tsfile"));
        index(dir.resolve("index-degree3.tsfile"), 3, 22, 13);
        index(dir.resolve("wide.tsfile"), 256, 300, 600);
    }

    private static List<String> encodings(DataType t) {
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

    /** One non-aligned and one aligned device per type, a column per available encoding. */
    private static void allEncodings(Path path) throws IOException {
        List<String> compressions = List.of("UNCOMPRESSED", "SNAPPY", "GZIP", "LZ4", "ZSTD", "LZMA2");
        int rows = 1500;
        long[] times = ColumnData.times(rows, 1_700_000_000_000L, 42);
        WriterOptions o = WriterOptions.defaults().withMaxPointsPerPage(256);
        try (TsFileWriter w = TsFileWriter.create(path, TestCodecs.registry(), o)) {
            int k = 0;
            for (DataType t : DataType.values()) {
                List<MeasurementSchema> cols = new ArrayList<>();
                for (String e : encodings(t)) {
                    if (TestCodecs.hasEncoding(e)) {
                        cols.add(MeasurementSchema.of(t.name().toLowerCase() + "_" + e.toLowerCase(), t, e,
                                compressions.get(k++ % compressions.size())));
                    }
                }
                DeviceId plain = DeviceId.parse("root.enc.plain." + t.name().toLowerCase());
                DeviceId aligned = DeviceId.parse("root.enc.aligned." + t.name().toLowerCase());
                w.registerDevice(plain, false, cols);
                w.registerDevice(aligned, true, cols);
                for (int g = 0; g < 2; g++) {
                    int from = g * 1000;
                    int to = g == 0 ? 1000 : rows;
                    Tablet tp = new Tablet(plain, cols, to - from);
                    Tablet ta = new Tablet(aligned, cols, to - from);
                    System.arraycopy(times, from, tp.times(), 0, to - from);
                    System.arraycopy(times, from, ta.times(), 0, to - from);
                    for (int c = 0; c < cols.size(); c++) {
                        boolean finiteOnly = cols.get(c).encoding().equals("GORILLA_V1");
                        Object v = ColumnData.values(t, rows, c * 7L + t.ordinal(), !finiteOnly);
                        System.arraycopy(v, from, tp.column(c), 0, to - from);
                        System.arraycopy(v, from, ta.column(c), 0, to - from);
                        for (int i = from; i < to; i++) {
                            if ((i + c) % 11 == 0) {
                                tp.setNull(c, i - from);
                            }
                            // aligned: sparse nulls, all-null rows, a whole null page in group 2,
                            // and the last column has no value at all in group 2 (empty chunk)
                            boolean nullRow = i % 400 == 123;
                            boolean nullPage = i >= 1000 && i < 1256 && c % 2 == 0;
                            boolean emptyChunk = g == 1 && c == cols.size() - 1 && cols.size() > 1;
                            if ((i + c) % 13 == 0 || nullRow || nullPage || emptyChunk) {
                                ta.setNull(c, i - from);
                            }
                        }
                    }
                    tp.setRowCount(to - from);
                    ta.setRowCount(to - from);
                    w.write(tp);
                    w.write(ta);
                    w.flush();
                }
            }
        }
    }

    /** {@code devices} devices over three tables with {@code series} INT64 series each. */
    private static void index(Path path, int degree, int devices, int series) throws IOException {
        List<MeasurementSchema> ms = new ArrayList<>();
        for (int i = 0; i < series; i++) {
            ms.add(MeasurementSchema.of(String.format("s%03d", i), DataType.INT64, "PLAIN", "LZ4"));
        }
        WriterOptions o = WriterOptions.defaults().withMaxIndexDegree(degree);
        try (TsFileWriter w = TsFileWriter.create(path, TestCodecs.registry(), o)) {
            for (int d = 0; d < devices; d++) {
                String p = d % 3 == 0 ? "root.a.x.d" + d : d % 3 == 1 ? "root.b.d" + d : "root.c.y.z.k" + d + ".m";
                DeviceId id = DeviceId.parse(p);
                List<MeasurementSchema> cols = d == 0 ? ms : ms.subList(0, Math.min(series, 13));
                w.registerDevice(id, d % 4 == 1, cols);
                Tablet t = new Tablet(id, cols, 3);
                for (int r = 0; r < 3; r++) {
                    t.setTime(r, 1000L * r + d);
                    for (int c = 0; c < cols.size(); c++) {
                        t.setLong(c, r, d * 100_000L + c * 10L + r);
                    }
                }
                t.setRowCount(3);
                w.write(t);
            }
        }
    }
}
