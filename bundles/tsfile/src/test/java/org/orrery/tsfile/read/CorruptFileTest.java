package org.orrery.tsfile.read;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.testing.ColumnData;
import org.orrery.tsfile.testing.TestCodecs;
import org.orrery.tsfile.tool.CanonicalDump;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.WriterOptions;

/**
 * Damaged files (truncated, bad magic or version, every single byte flipped) must fail with a
 * {@link TsFileException} naming what is wrong, never with an unchecked exception, an
 * unbounded allocation or a hang.
 */
class CorruptFileTest {
    private static final DeviceId D1 = DeviceId.parse("root.c.d1");
    private static final DeviceId D2 = DeviceId.parse("root.c.d2");
    private static final ReaderOptions SMALL_PAGES = ReaderOptions.defaults().withMaxPageBytes(1 << 20);
    /** Rows per chunk group: small, because every byte of the file is flipped and re-read. */
    private static final int ROWS = 24;
    private static byte[] file;

    @BeforeAll
    static void writeFile() throws IOException {
        List<MeasurementSchema> plain = List.of(
                MeasurementSchema.of("i", DataType.INT32, "RLE", "UNCOMPRESSED"),
                MeasurementSchema.of("d", DataType.DOUBLE, "GORILLA", "UNCOMPRESSED"),
                MeasurementSchema.of("t", DataType.TEXT, "PLAIN", "GZIP"));
        List<MeasurementSchema> aligned = List.of(
                MeasurementSchema.of("l", DataType.INT64, "TS_2DIFF", "SNAPPY"),
                MeasurementSchema.of("b", DataType.BOOLEAN, "PLAIN", "UNCOMPRESSED"));
        WriterOptions o = WriterOptions.defaults().withMaxPointsPerPage(8)
                .withAlignedTimeCodecs("TS_2DIFF", "UNCOMPRESSED");
        file = Files.write(o, w -> {
            w.registerDevice(D1, false, plain);
            w.registerDevice(D2, true, aligned);
            long[] times = ColumnData.times(2 * ROWS, 0, 3);
            for (int g = 0; g < 2; g++) {
                Tablet t = new Tablet(D1, plain, ROWS);
                Tablet a = new Tablet(D2, aligned, ROWS);
                for (int c = 0; c < plain.size(); c++) {
                    System.arraycopy(ColumnData.values(plain.get(c).type(), 2 * ROWS, c), g * ROWS, t.column(c), 0, ROWS);
                }
                for (int c = 0; c < aligned.size(); c++) {
                    System.arraycopy(ColumnData.values(aligned.get(c).type(), 2 * ROWS, c), g * ROWS, a.column(c), 0, ROWS);
                }
                System.arraycopy(times, g * ROWS, t.times(), 0, ROWS);
                System.arraycopy(times, g * ROWS, a.times(), 0, ROWS);
                for (int i = 0; i < ROWS; i += 9) {
                    a.setNull(1, i);
                }
                t.setRowCount(ROWS);
                a.setRowCount(ROWS);
                w.write(t);
                w.write(a);
                w.flush();
            }
        });
    }

    /** Reads everything the file has; returns normally or throws TsFileException. */
    private static void readEverything(byte[] bytes) throws IOException {
        try (TsFileReader r = Files.open(bytes, SMALL_PAGES)) {
            // every series and every aligned row once (the hash covers every point)
            CanonicalDump.write(r, new StringBuilder(), false);
            for (DeviceInfo d : r.devices()) {
                for (SeriesInfo s : r.series(d.id())) {
                    r.codecs(d.id(), s.measurement());
                    r.chunks(d.id(), s.measurement());
                }
            }
        }
    }

    private static String outcome(byte[] bytes, String mutation) {
        try {
            readEverything(bytes);
            return null;
        } catch (TsFileException e) {
            if (e.getMessage() == null || !e.getMessage().contains("test.tsfile")) {
                fail(mutation + ": message does not name the file: " + e.getMessage());
            }
            return e.getMessage();
        } catch (IOException e) {
            fail(mutation + ": plain IOException instead of TsFileException: " + e);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(mutation + ": unchecked " + e, e);
        }
    }

    @Test
    void intactFileReads() throws IOException {
        readEverything(file);
    }

    @Test
    void everyTruncationIsReportedAsIncomplete() {
        for (int len = 0; len < file.length; len++) {
            String msg = outcome(Arrays.copyOf(file, len), "truncated to " + len);
            if (msg == null) {
                fail("truncation to " + len + " bytes was not detected");
            }
            assertTrue(msg.contains("too short") || msg.contains("incomplete") || msg.contains("tail magic"), msg);
        }
    }

    @Test
    void headAndTailDamageIsNamed() {
        byte[] b = file.clone();
        b[1] = 'X';
        assertTrue(outcome(b, "head magic").contains("bad head magic"));
        b = file.clone();
        b[6] = 5;
        assertTrue(outcome(b, "version").contains("unsupported TsFile version byte 5 at offset 6"));
        b = file.clone();
        b[b.length - 1] = 'x';
        assertTrue(outcome(b, "tail magic").contains("tail magic"));
        b = file.clone();
        ByteBuffer.wrap(b).putInt(b.length - 10, b.length);
        assertTrue(outcome(b, "metadata size").contains("bad file metadata size"));
        b = file.clone();
        ByteBuffer.wrap(b).putInt(b.length - 10, -3);
        assertTrue(outcome(b, "negative metadata size").contains("bad file metadata size"));
    }

    @Test
    void separatorAndChunkHeaderDamageIsLocated() throws IOException {
        long metaOffset;
        try (TsFileReader r = Files.open(file)) {
            metaOffset = r.metaOffset();
        }
        byte[] b = file.clone();
        b[(int) metaOffset] = 7;
        String msg = outcome(b, "separator");
        assertTrue(msg.contains("separator marker 0x02 at metaOffset " + metaOffset), msg);

        long chunk;
        try (TsFileReader r = Files.open(file)) {
            chunk = r.chunks(D1, "d").get(0).offset();
        }
        b = file.clone();
        b[(int) chunk] = 0x02;
        msg = outcome(b, "chunk marker");
        assertTrue(msg.contains("expected a chunk header at offset " + chunk), msg);
    }

    @Test
    void everyFlippedByteGivesDataOrATsFileException() {
        int detected = 0;
        int[] masks = {0xFF, 0x01, 0x40}; // all bits, the lowest, a middle one: rotated over positions
        for (int pos = 0; pos < file.length; pos++) {
            byte[] b = file.clone();
            int mask = masks[pos % masks.length];
            b[pos] ^= (byte) mask;
            if (outcome(b, "byte " + pos + " xor 0x" + Integer.toHexString(mask)) != null) {
                detected++;
            }
        }
        // TsFile has no checksums: a flipped value byte often still decodes (to another value).
        // What must hold is the contract checked in outcome(); the frame bytes are always caught.
        assertTrue(detected > 0, "detected " + detected + " of " + file.length);
        for (int pos : new int[] {0, 3, 5, 6, file.length - 1, file.length - 6}) {
            byte[] b = file.clone();
            b[pos] ^= 0x01;
            if (outcome(b, "frame byte " + pos) == null) {
                fail("flipped frame byte " + pos + " went unnoticed");
            }
        }
    }

    @Test
    void pageSizesAboveTheLimitAreRejectedBeforeAllocating() throws IOException {
        // Every page of the file is larger than 16 bytes uncompressed: with that limit the first
        // page header must be refused instead of a buffer of its claimed size being allocated.
        try (TsFileReader r = Files.open(file, ReaderOptions.defaults().withMaxPageBytes(16))) {
            TsFileException e = assertThrows(TsFileException.class, () -> r.readSeries(D1, "i", TimeRange.ALL).next());
            assertTrue(e instanceof CorruptTsFileException);
            assertTrue(e.getMessage().contains("uncompressed size") && e.getMessage().contains("out of range"),
                    e.getMessage());
        }
    }

    @Test
    void missingCodecBundleIsNamed() throws IOException {
        org.orrery.codec.api.SimpleCodecRegistry noGzip = new org.orrery.codec.api.SimpleCodecRegistry();
        TestCodecs.registry().encodings().forEach(noGzip::addEncoding);
        TestCodecs.registry().compressors().stream().filter(c -> !c.name().equals("GZIP"))
                .forEach(noGzip::addCompressor);
        try (TsFileReader r = TsFileReader.open(new org.orrery.tsfile.internal.io.ByteArrayFileInput("x.tsfile", file),
                noGzip, ReaderOptions.defaults())) {
            TsFileException e = assertThrows(TsFileException.class,
                    () -> r.readSeries(D1, "t", TimeRange.ALL).next());
            assertTrue(e.getMessage().startsWith("codec bundle missing: GZIP (needed by x.tsfile: page 0 of chunk of "
                    + "root.c.d1.t at offset "), e.getMessage());
        }
    }
}
