package org.orrery.tsfile.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.testing.TestCodecs;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/** The dump follows format 1: line shapes, value rendering and both hash definitions. */
class CanonicalDumpTest {
    @TempDir
    Path dir;

    @Test
    void smallFileDumpsExactlyAsSpecified() throws Exception {
        Path f = dir.resolve("small.tsfile");
        DeviceId plain = DeviceId.parse("root.x.p");
        DeviceId aligned = DeviceId.parse("root.x.a");
        MeasurementSchema txt = MeasurementSchema.of("txt", DataType.TEXT, "PLAIN", "UNCOMPRESSED");
        MeasurementSchema i32 = MeasurementSchema.of("i32", DataType.INT32, "PLAIN", "UNCOMPRESSED");
        MeasurementSchema blob = MeasurementSchema.of("b", DataType.BLOB, "PLAIN", "UNCOMPRESSED");
        MeasurementSchema flt = MeasurementSchema.of("f", DataType.FLOAT, "PLAIN", "UNCOMPRESSED");
        String special = "a\"b\\c\n\t\u0001\u00e9\u2713";
        WriterOptions o = WriterOptions.defaults().withAlignedTimeCodecs("TS_2DIFF", "UNCOMPRESSED");
        try (TsFileWriter w = TsFileWriter.create(f, TestCodecs.registry(), o)) {
            w.registerDevice(plain, false, List.of(txt, i32));
            w.registerDevice(aligned, true, List.of(blob, flt));
            Tablet t = new Tablet(plain, List.of(txt, i32), 2);
            t.setTime(0, 10);
            t.setBinary(0, 0, special.getBytes(StandardCharsets.UTF_8));
            t.setInt(1, 0, -7);
            t.setTime(1, 20);
            t.setNull(0, 1);
            t.setInt(1, 1, 2147483647);
            t.setRowCount(2);
            w.write(t);
            Tablet a = new Tablet(aligned, List.of(blob, flt), 3);
            a.setTime(0, 1);
            a.setBinary(0, 0, new byte[] {0x00, (byte) 0xAB});
            a.setFloat(1, 0, -0.0f);
            a.setTime(1, 2);
            a.setNull(0, 1);
            a.setNull(1, 1); // an all-null row
            a.setTime(2, 3);
            a.setNull(0, 2);
            a.setFloat(1, 2, 1.5e-7f);
            a.setRowCount(3);
            w.write(a);
        }
        StringBuilder out = new StringBuilder();
        DumpSummary summary;
        try (TsFileReader r = TsFileReader.open(f, TestCodecs.registry())) {
            summary = CanonicalDump.write(r, out, true);
        }
        List<String> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            if (!l.startsWith("#")) {
                lines.add(l);
            }
        }

        byte[] hB = sha(point(1, bin(new byte[] {0x00, (byte) 0xAB})));
        byte[] hF = sha(point(1, i32(Float.floatToRawIntBits(-0.0f))), point(3, i32(Float.floatToRawIntBits(1.5e-7f))));
        byte[] hI = sha(point(10, i32(-7)), point(20, i32(2147483647)));
        byte[] hT = sha(point(10, bin(special.getBytes(StandardCharsets.UTF_8))));
        List<String> expected = List.of(
                "device root.x.a aligned=true rows=3",
                "series root.x.a b BLOB count=1 sha256=" + hex(hB),
                "  1 0x00ab",
                "series root.x.a f FLOAT count=2 sha256=" + hex(hF),
                "  1 -0.0",
                "  3 1.5E-7",
                "device root.x.p aligned=false",
                "series root.x.p i32 INT32 count=2 sha256=" + hex(hI),
                "  10 -7",
                "  20 2147483647",
                "series root.x.p txt TEXT count=1 sha256=" + hex(hT),
                "  10 \"a\\\"b\\\\c\\n\\t\\u0001\u00e9\u2713\"",
                "summary devices=2 series=4 points=6 sha256=" + hex(fileHash(hB, hF, hI, hT)));
        assertEquals(expected, lines);
        assertEquals(6, summary.points());
    }

    private static byte[] fileHash(byte[] hB, byte[] hF, byte[] hI, byte[] hT) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update("Droot.x.a\nA\nrows=3\n".getBytes(StandardCharsets.UTF_8));
        md.update("Sb\nBLOB\n1\n".getBytes(StandardCharsets.UTF_8));
        md.update(hB);
        md.update("Sf\nFLOAT\n2\n".getBytes(StandardCharsets.UTF_8));
        md.update(hF);
        md.update("Droot.x.p\nN\n".getBytes(StandardCharsets.UTF_8));
        md.update("Si32\nINT32\n2\n".getBytes(StandardCharsets.UTF_8));
        md.update(hI);
        md.update("Stxt\nTEXT\n1\n".getBytes(StandardCharsets.UTF_8));
        md.update(hT);
        return md.digest();
    }

    private static byte[] i32(int v) {
        return ByteBuffer.allocate(4).putInt(v).array();
    }

    private static byte[] bin(byte[] v) {
        return ByteBuffer.allocate(4 + v.length).putInt(v.length).put(v).array();
    }

    private static byte[] point(long t, byte[] value) {
        return ByteBuffer.allocate(8 + value.length).putLong(t).put(value).array();
    }

    private static byte[] sha(byte[]... parts) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (byte[] p : parts) {
            md.update(p);
        }
        return md.digest();
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void textQuotingEscapesOnlyWhatTheFormatSays() {
        StringBuilder sb = new StringBuilder();
        ValueText.quoted(sb, "x\r\u007f\u001f/'".getBytes(StandardCharsets.UTF_8));
        assertEquals("\"x\\r\\u007f\\u001f/'\"", sb.toString());
    }
}
