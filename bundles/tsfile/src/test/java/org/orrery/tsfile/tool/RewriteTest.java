package org.orrery.tsfile.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.read.ChunkCodecs;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.testing.ColumnData;
import org.orrery.tsfile.testing.TestCodecs;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/** A rewrite keeps the logical content (same canonical dump) whatever the overrides. */
class RewriteTest {
    @TempDir
    Path dir;

    private static String dump(Path f) throws IOException {
        StringBuilder out = new StringBuilder();
        try (TsFileReader r = TsFileReader.open(f, TestCodecs.registry())) {
            CanonicalDump.write(r, out, true);
        }
        StringBuilder canonical = new StringBuilder();
        for (String l : out.toString().split("\n")) {
            if (!l.startsWith("#")) {
                canonical.append(l).append('\n');
            }
        }
        return canonical.toString();
    }

    private Path source() throws IOException {
        Path f = dir.resolve("source.tsfile");
        DeviceId p = DeviceId.parse("root.r.p");
        DeviceId a = DeviceId.parse("root.r.a");
        List<MeasurementSchema> plain = List.of(
                MeasurementSchema.of("d", DataType.DOUBLE, "GORILLA", "SNAPPY"),
                MeasurementSchema.of("flag", DataType.BOOLEAN, "RLE", "UNCOMPRESSED"),
                MeasurementSchema.of("t", DataType.TEXT, "PLAIN", "GZIP"));
        List<MeasurementSchema> aligned = List.of(
                MeasurementSchema.of("l", DataType.INT64, "TS_2DIFF", "GZIP"),
                MeasurementSchema.of("s", DataType.STRING, "PLAIN", "UNCOMPRESSED"));
        WriterOptions o = WriterOptions.defaults().withMaxPointsPerPage(64).withDefaultCompression("GZIP")
                .withAlignedTimeCodecs("TS_2DIFF", "GZIP");
        try (TsFileWriter w = TsFileWriter.create(f, TestCodecs.registry(), o)) {
            w.registerDevice(p, false, plain);
            w.registerDevice(a, true, aligned);
            long[] times = ColumnData.times(500, 0, 5);
            Tablet tp = new Tablet(p, plain, 500);
            Tablet ta = new Tablet(a, aligned, 500);
            System.arraycopy(times, 0, tp.times(), 0, 500);
            System.arraycopy(times, 0, ta.times(), 0, 500);
            for (int c = 0; c < 3; c++) {
                System.arraycopy(ColumnData.values(plain.get(c).type(), 500, c), 0, tp.column(c), 0, 500);
            }
            for (int c = 0; c < 2; c++) {
                System.arraycopy(ColumnData.values(aligned.get(c).type(), 500, 10 + c), 0, ta.column(c), 0, 500);
            }
            for (int i = 0; i < 500; i += 3) {
                tp.setNull(0, i);
                ta.setNull(0, i);
                if (i % 2 == 0) {
                    ta.setNull(1, i); // all-null rows
                }
            }
            tp.setRowCount(500);
            ta.setRowCount(500);
            w.write(tp);
            w.write(ta);
        }
        return f;
    }

    @Test
    void rewriteWithOverridesKeepsTheCanonicalContent() throws IOException {
        Path src = source();
        Path dst = dir.resolve("plain.tsfile");
        RewriteResult result = TsFileRewrite.rewrite(src, dst, TestCodecs.registry(),
                RewriteOptions.defaults().withEncoding("PLAIN").withCompression("UNCOMPRESSED").withMaxPointsPerPage(10));
        assertEquals(2, result.devices());
        assertEquals(5, result.series());
        assertTrue(result.notes().isEmpty(), result.notes().toString());
        assertEquals(dump(src), dump(dst));
        try (TsFileReader r = TsFileReader.open(dst, TestCodecs.registry())) {
            ChunkCodecs c = r.codecs(DeviceId.parse("root.r.p"), "d").orElseThrow();
            assertEquals("PLAIN", c.encodingName());
            assertEquals("UNCOMPRESSED", c.compressionName());
            assertEquals("UNCOMPRESSED", r.alignedTimeCodecs(DeviceId.parse("root.r.a")).orElseThrow().compressionName());
        }
    }

    @Test
    void encodingsNotAllowedForATypeAreKeptAndReported() throws IOException {
        Path src = source();
        Path dst = dir.resolve("gorilla.tsfile");
        RewriteResult result = TsFileRewrite.rewrite(src, dst, TestCodecs.registry(),
                RewriteOptions.defaults().withEncoding("GORILLA"));
        assertEquals(List.of(
                "root.r.a.s STRING keeps PLAIN: GORILLA is not allowed for STRING",
                "root.r.p.flag BOOLEAN keeps RLE: GORILLA is not allowed for BOOLEAN",
                "root.r.p.t TEXT keeps PLAIN: GORILLA is not allowed for TEXT"), result.notes());
        assertEquals(dump(src), dump(dst));
        try (TsFileReader r = TsFileReader.open(dst, TestCodecs.registry())) {
            assertEquals("GORILLA", r.codecs(DeviceId.parse("root.r.a"), "l").orElseThrow().encodingName());
            assertEquals("GZIP", r.codecs(DeviceId.parse("root.r.a"), "l").orElseThrow().compressionName(),
                    "compression kept");
        }
    }

    @Test
    void officialSampleRewritesToTheSameContent() throws IOException {
        for (String e : List.of("ZIGZAG", "CHIMP", "SPRINTZ", "RLBE", "DICTIONARY")) {
            assumeTrue(TestCodecs.hasEncoding(e), "encoding " + e + " not available");
        }
        Path src = dir.resolve("official.tsfile");
        try (InputStream in = getClass().getResourceAsStream("/oracle/sample.tsfile")) {
            Files.copy(in, src);
        }
        Path dst = dir.resolve("rewritten.tsfile");
        TsFileRewrite.rewrite(src, dst, TestCodecs.registry(),
                RewriteOptions.defaults().withCompression("LZ4").withMaxPointsPerPage(1000));
        assertEquals(dump(src), dump(dst));
    }
}
