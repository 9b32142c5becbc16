package org.orrery.tsfile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.read.ChunkInfo;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * {@code dump} verifies stored statistics against the decoded points. The fixture is written with
 * our writer so its bytes are easy to find: one INT64 series, PLAIN and UNCOMPRESSED (values are
 * 8-byte big-endian words in the page bodies), 20 points per page, two chunks of 100 points:
 * values 1 000 000 + i at times 1000 i, then 2 000 000 + i at times 100 000 + 1000 i. Damage that
 * still decodes is invisible to the reader (pages have no checksums); only the statistics show it.
 */
class DumpVerifyTest {
    private static final DeviceId DEVICE = DeviceId.parse("root.v.d1");
    private static final String SERIES = "root.v.d1.v";

    @TempDir
    Path dir;
    private byte[] good;
    private long metaOffset;
    private List<ChunkInfo> chunks;

    @BeforeEach
    void writeFixture() throws IOException {
        Path f = dir.resolve("fixture.tsfile");
        SimpleCodecRegistry codecs = SimpleCodecRegistry.fromServiceLoader(DumpVerifyTest.class.getClassLoader());
        List<MeasurementSchema> cols = List.of(MeasurementSchema.of("v", DataType.INT64, "PLAIN", "UNCOMPRESSED"));
        try (TsFileWriter w = TsFileWriter.create(f, codecs, WriterOptions.defaults().withMaxPointsPerPage(20))) {
            w.registerDevice(DEVICE, false, cols);
            for (int chunk = 0; chunk < 2; chunk++) {
                Tablet t = new Tablet(DEVICE, cols, 100);
                for (int i = 0; i < 100; i++) {
                    t.times()[i] = 100_000L * chunk + 1000L * i;
                    t.longs(0)[i] = 1_000_000L * (chunk + 1) + i;
                }
                t.setRowCount(100);
                w.write(t);
                w.flush(); // ends the chunk group: the second tablet becomes a second chunk
            }
        }
        good = Files.readAllBytes(f);
        try (TsFileReader r = TsFileReader.open(f, codecs)) {
            metaOffset = r.metaOffset();
            chunks = r.chunks(DEVICE, "v");
        }
        assertEquals(2, chunks.size());
        assertEquals(100, chunks.get(0).statistics().count());
    }

    private Cli dump(String name, byte[] bytes, String... options) throws IOException {
        Path f = dir.resolve(name + ".tsfile");
        Files.write(f, bytes);
        String[] args = new String[2 + options.length];
        args[0] = "dump";
        args[1] = f.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return Cli.run(args);
    }

    /** Exit 2 with exactly one {@code ERROR:} line that names the file, and no stack trace. */
    private static String oneErrorLine(Cli r, String name) {
        assertEquals(2, r.exit, r.toString());
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.startsWith("ERROR: "), r.err);
        assertTrue(r.err.contains(name + ".tsfile: "), r.err);
        assertFalse(r.err.contains("\tat "), r.err);
        assertFalse(r.out.lines().anyMatch(l -> l.startsWith("summary ")), "no complete-looking dump: " + r.out);
        return r.err.strip();
    }

    /** The offset of the only occurrence of {@code value} (8 bytes big-endian) in {@code [from, to)}. */
    private int find(long value, long from, long to) {
        int found = -1;
        for (int i = (int) from; i + 8 <= to; i++) {
            if (ByteBuffer.wrap(good, i, 8).getLong() == value) {
                assertEquals(-1, found, "value " + value + " occurs twice");
                found = i;
            }
        }
        assertTrue(found >= 0, "value " + value + " not found");
        return found;
    }

    /** The offset of the first occurrence of {@code value} (8 bytes big-endian) at or after {@code from}. */
    private int findFirst(long value, long from) {
        for (int i = (int) from; i + 8 <= good.length; i++) {
            if (ByteBuffer.wrap(good, i, 8).getLong() == value) {
                return i;
            }
        }
        throw new AssertionError("value " + value + " not found after " + from);
    }

    @Test
    void aGoodFileVerifiesAndSaysWhatWasChecked() throws IOException {
        Cli r = dump("good", good);
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("# verify: statistics of 2 chunks and 1 series equal the ones recomputed from"
                + " 200 decoded points"), r.out);
        assertEquals("summary devices=1 series=1 points=200", r.canonical().get(r.canonical().size() - 1)
                .replaceAll(" sha256=.*", ""));
    }

    @Test
    void aFlippedValueByteInAPlainPageIsReportedAtItsChunkWithBothValues() throws IOException {
        // Point 50 of the first chunk (page 2): its top byte 0x00 becomes 0xFF, a large negative value.
        byte[] bad = good.clone();
        int at = find(1_000_050L, 0, metaOffset);
        bad[at] ^= (byte) 0xFF;
        long flipped = 1_000_050L ^ 0xFF00_0000_0000_0000L;
        assertTrue(flipped < 0);

        String line = oneErrorLine(dump("value", bad, "--no-points"), "value");
        assertTrue(line.endsWith(": " + SERIES + ": chunk at offset " + chunks.get(0).offset()
                + ": statistics min=1000000 stored but min=" + flipped + " from the decoded points"), line);

        // Without verification the changed value decodes and is printed, as before.
        Cli unverified = dump("value", bad, "--no-verify");
        assertEquals(0, unverified.exit, unverified.toString());
        assertTrue(unverified.out.contains("\n  50000 " + flipped + "\n"), "the flipped point is dumped");
        assertFalse(unverified.out.contains("# verify"));
    }

    @Test
    void aFlippedChunkStatisticInTheIndexIsReportedAtThatChunk() throws IOException {
        // Chunk statistics of INT64 are min, max, first, last, sum: the first 1 000 099 in the index
        // is the first chunk's max (the series' own statistics span 1 000 000 .. 2 000 099).
        byte[] bad = good.clone();
        int at = findFirst(1_000_099L, metaOffset);
        bad[at + 7] ^= 0x01;

        String line = oneErrorLine(dump("chunk-max", bad, "--no-points"), "chunk-max");
        assertTrue(line.endsWith(": " + SERIES + ": chunk at offset " + chunks.get(0).offset()
                + ": statistics max=1000098 stored but max=1000099 from the decoded points"), line);
    }

    @Test
    void aFlippedSeriesStatisticInTheIndexIsReportedAtTheTimeseriesMetadata() throws IOException {
        // 2 000 099 is first stored as the series max (timeseries metadata precede their chunk list).
        byte[] bad = good.clone();
        int at = findFirst(2_000_099L, metaOffset);
        bad[at + 7] ^= 0x01;

        String line = oneErrorLine(dump("series-max", bad, "--no-points"), "series-max");
        assertTrue(line.endsWith(": " + SERIES + ": timeseries metadata (index from offset " + metaOffset
                + "): statistics max=2000098 stored but max=2000099 from the decoded points"), line);
    }

    @Test
    void decreasingTimestampsAreReported() throws IOException {
        // Page 1 of the first chunk: a TS_2DIFF block of 19 deltas, width 0, min delta 1000, first
        // 20 000. A min delta of -1000 makes it decode to 20 000, 19 000, ... after page 0 ended at 19 000.
        byte[] block = ByteBuffer.allocate(24).putInt(19).putInt(0).putLong(1000).putLong(20_000).array();
        int at = -1;
        for (int i = 0; i + block.length <= metaOffset && at < 0; i++) {
            if (Arrays.equals(good, i, i + block.length, block, 0, block.length)) {
                at = i;
            }
        }
        assertTrue(at > 0, "time block of page 1 not found");
        byte[] bad = good.clone();
        ByteBuffer.wrap(bad).putLong(at + 8, -1000L);

        String line = oneErrorLine(dump("order", bad, "--no-points"), "order");
        assertTrue(line.endsWith(": " + SERIES + ": chunk at offset " + chunks.get(0).offset()
                + ": timestamps not strictly increasing: 20000 then 19000 (points 20 and 21 in storage order)"), line);
    }

    @Test
    void noVerifyAcceptsAFileWhoseStatisticsDisagree() throws IOException {
        byte[] bad = good.clone();
        bad[findFirst(2_000_099L, metaOffset) + 7] ^= 0x01;
        Cli r = dump("no-verify", bad, "--no-verify", "--no-points");
        Cli original = dump("original", good, "--no-points");
        assertEquals(0, r.exit, r.toString());
        assertEquals(original.canonical(), r.canonical());
    }

    /**
     * Two of the oracle's corruption cases on the official sample that decode without error: the
     * oracle (exit 3) reports the same values, at page 3 of that chunk for the data byte (page
     * statistics are not exposed by our reader, so the chunk is named) and at the chunk for the index byte.
     */
    @Test
    void oracleCorruptionCasesThatDecodeAreCaughtByTheirStatistics() throws IOException {
        Path sample = Cli.fixture("sample.tsfile", dir);
        byte[] official = Files.readAllBytes(sample);
        byte[] data = official.clone();
        data[40_000] ^= (byte) 0xFF;
        String line = oneErrorLine(dump("data40000", data, "--no-points"), "data40000");
        assertTrue(line.endsWith(": root.oracle.d2.a_f64: chunk at offset 29449: statistics max=-39.565681870774974"
                + " stored but max=-39.56568187034933 from the decoded points"), line);

        long sampleMetaOffset = 309_720; // the oracle's sample: metaOffset printed by its dump
        byte[] index = official.clone();
        index[(int) sampleMetaOffset + 4000] ^= (byte) 0xFF;
        line = oneErrorLine(dump("idx4000", index, "--no-points"), "idx4000");
        assertTrue(line.endsWith(": root.oracle.d3.s_i64: chunk at offset 167144: statistics last=4278190479"
                + " stored but last=399 from the decoded points"), line);
    }
}
