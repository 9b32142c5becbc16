package org.orrery.tsfile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * The oracle's corruption cases ({@code corruption-test.sh}: truncation, bad magic and version,
 * damaged markers, flipped bytes in data and index, damaged separator) applied to the official
 * sample, plus corrupt counts in a time block: {@code dump} must end with exit 2 and exactly one
 * {@code ERROR:} line naming the file, or (for damage the format cannot detect, since TsFile pages
 * have no checksums) exit 0 with a complete dump; never anything else.
 */
class CorruptDumpTest {
    @TempDir
    Path dir;
    private byte[] good;
    private long metaOffset;

    @BeforeEach
    void readSample() throws IOException {
        Path sample = Cli.fixture("sample.tsfile", dir);
        good = Files.readAllBytes(sample);
        Cli r = Cli.run("dump", sample.toString(), "--no-points");
        String header = r.out.lines().filter(l -> l.startsWith("# file=")).findFirst().orElseThrow();
        metaOffset = Long.parseLong(header.replaceAll(".*metaOffset=(\\d+).*", "$1"));
        assertTrue(metaOffset > 0 && metaOffset < good.length);
    }

    private Cli dump(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name + ".tsfile");
        Files.write(f, bytes);
        Cli r = Cli.run("dump", f.toString(), "--no-points");
        assertFalse(r.err.contains("\tat ") || r.err.contains("Exception in thread"), name + ": " + r.err);
        if (r.exit == 2) {
            assertEquals(1, r.err.lines().count(), name + ": " + r.err);
            assertTrue(r.err.startsWith("ERROR: "), name + ": " + r.err);
            assertTrue(r.err.contains(f.getFileName().toString()), name + ": message does not name the file: " + r.err);
        } else if (r.exit == 0) {
            assertTrue(r.out.lines().anyMatch(l -> l.startsWith("summary ")), name);
            assertEquals("", r.err, name);
        } else {
            fail(name + ": exit " + r.exit + " " + r.err);
        }
        return r;
    }

    private void expectUnreadable(String name, byte[] bytes) throws IOException {
        assertEquals(2, dump(name, bytes).exit, name);
    }

    private byte[] copy() {
        return good.clone();
    }

    private byte[] set(int offset, int value) {
        byte[] b = copy();
        b[offset] = (byte) value;
        return b;
    }

    private byte[] flip(long offset) {
        byte[] b = copy();
        b[(int) offset] ^= (byte) 0xFF;
        return b;
    }

    @Test
    void truncatedFilesAreUnreadable() throws IOException {
        expectUnreadable("empty", new byte[0]);
        expectUnreadable("half", Arrays.copyOf(good, good.length / 2));
        expectUnreadable("minus1", Arrays.copyOf(good, good.length - 1));
        byte[] random = new byte[100_000];
        new Random(7).nextBytes(random);
        expectUnreadable("random", random);
    }

    @Test
    void damagedHeadTailAndMarkersAreUnreadable() throws IOException {
        expectUnreadable("magic", set(0, 0x74));
        expectUnreadable("version9", set(6, 9));
        expectUnreadable("metasize", flip(good.length - 8));
        expectUnreadable("separator", set((int) metaOffset, 0x00));
        expectUnreadable("chunk-group-marker", set(7, 0x07));
        expectUnreadable("first-chunk-marker", set(24, 0x09));
    }

    @Test
    void versionThreeOverAVersionFourBodyNeverCrashes() throws IOException {
        dump("version3", set(6, 3));
    }

    @Test
    void flippedDataAndIndexBytesEndCleanly() throws IOException {
        for (long off : List.of(30L, 5000L, 12000L, 27000L, 40000L, 70600L, 150000L, 200000L)) {
            dump("data" + off, flip(off));
        }
        for (long d : List.of(1L, 50L, 500L, 2000L, 4000L)) {
            dump("idx" + d, flip(metaOffset + d));
        }
    }

    /** A small file whose single time block is easy to find: 100 timestamps 1 s apart. */
    private static byte[] regularFile(Path dir) throws IOException {
        Path f = dir.resolve("regular.tsfile");
        DeviceId d = DeviceId.parse("root.huge.d1");
        List<MeasurementSchema> cols = List.of(MeasurementSchema.of("v", DataType.INT64, "PLAIN", "UNCOMPRESSED"));
        try (TsFileWriter w = TsFileWriter.create(f,
                SimpleCodecRegistry.fromServiceLoader(CorruptDumpTest.class.getClassLoader()),
                WriterOptions.defaults())) {
            w.registerDevice(d, false, cols);
            Tablet t = new Tablet(d, cols, 100);
            for (int i = 0; i < 100; i++) {
                t.times()[i] = 5_000_000L + 1000L * i;
                t.longs(0)[i] = i;
            }
            t.setRowCount(100);
            w.write(t);
        }
        return Files.readAllBytes(f);
    }

    /** The TS_2DIFF block of {@link #regularFile}: 99 deltas, width 0, min delta 1000, first 5 000 000. */
    private static int timeBlock(byte[] file) {
        byte[] pattern = ByteBuffer.allocate(24).putInt(99).putInt(0).putLong(1000).putLong(5_000_000L).array();
        for (int i = 0; i + pattern.length <= file.length; i++) {
            if (Arrays.equals(file, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("time block not found");
    }

    @Test
    void hugeCountsAreReportedWithoutHugeAllocations() throws IOException {
        byte[] regular = regularFile(dir);
        int block = timeBlock(regular);
        assertEquals(0, dump("regular", regular).exit);

        byte[] hugeDeltaCount = regular.clone();
        ByteBuffer.wrap(hugeDeltaCount).putInt(block, Integer.MAX_VALUE);
        Cli r = dump("huge-delta-count", hugeDeltaCount);
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("delta count " + Integer.MAX_VALUE), r.err);

        byte[] wide = regular.clone();
        ByteBuffer.wrap(wide).putInt(block + 4, 64); // 99 deltas x 64 bits = 792 bytes, none there
        assertEquals(2, dump("wide-deltas", wide).exit);

        byte[] timeLength = regular.clone();
        assertEquals(24, timeLength[block - 1]); // uvarint length of the time block
        timeLength[block - 1] = 0x7F;
        assertEquals(2, dump("time-length", timeLength).exit);

        byte[] metadataSize = regular.clone();
        ByteBuffer.wrap(metadataSize).putInt(metadataSize.length - 10, Integer.MAX_VALUE);
        assertEquals(2, dump("metadata-size", metadataSize).exit);
    }

    @Test
    void aLongerZeroWidthBlockCannotInflateThePage() throws IOException {
        // 65 536 deltas of width 0 cost no extra byte; the page still yields the 100 points its
        // statistics count (the same values, since the block continues the same arithmetic).
        byte[] regular = regularFile(dir);
        byte[] longer = regular.clone();
        ByteBuffer.wrap(longer).putInt(timeBlock(regular), 1 << 16);
        Cli r = dump("longer-block", longer);
        Cli original = dump("original", regular);
        assertEquals(0, r.exit);
        assertEquals(original.canonical(), r.canonical());
    }
}
