package org.orrery.tsfile.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.internal.format.ChunkHeader;
import org.orrery.tsfile.internal.format.PageHeader;
import org.orrery.tsfile.internal.format.TypeIds;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.WriterOptions;

/** The bytes of chunks and pages follow the format: markers, page statistics, empty pages and chunks. */
class ChunkStructureTest {
    private static final DeviceId D = DeviceId.parse("root.s.d");
    private static final DeviceId A = DeviceId.parse("root.s.a");
    private static final MeasurementSchema S = MeasurementSchema.of("s", DataType.INT32, "PLAIN", "UNCOMPRESSED");
    private static final MeasurementSchema X = MeasurementSchema.of("x", DataType.INT32, "PLAIN", "UNCOMPRESSED");
    private static final MeasurementSchema Y = MeasurementSchema.of("y", DataType.INT32, "PLAIN", "UNCOMPRESSED");
    private static final long T0 = 1_000_000;

    private static byte[] file(int points, int pagePoints) throws IOException {
        WriterOptions o = WriterOptions.defaults().withMaxPointsPerPage(pagePoints)
                .withAlignedTimeCodecs("TS_2DIFF", "UNCOMPRESSED");
        return Files.write(o, w -> {
            w.registerDevice(D, false, List.of(S));
            w.registerDevice(A, true, List.of(X, Y));
            Tablet t = new Tablet(D, List.of(S), points);
            Tablet a = new Tablet(A, List.of(X, Y), points);
            for (int i = 0; i < points; i++) {
                t.setTime(i, T0 + i * 1000L);
                t.setInt(0, i, i);
                a.setTime(i, T0 + i * 1000L);
                a.setInt(0, i, i);
                if (i >= pagePoints && i < 2 * pagePoints) {
                    a.setNull(0, i); // the whole second page of x is null
                }
                a.setNull(1, i); // y has no value at all
            }
            t.setRowCount(points);
            a.setRowCount(points);
            w.write(t);
            w.write(a);
        });
    }

    private static ByteReader at(byte[] file, long offset) {
        return new ByteReader("t", file, (int) offset, file.length - (int) offset, offset);
    }

    private static long chunkOffset(byte[] file, DeviceId d, String m) throws IOException {
        try (TsFileReader r = Files.open(file)) {
            return r.chunks(d, m).get(0).offset();
        }
    }

    @Test
    void singlePageChunkHasMarker05AndNoPageStatistics() throws IOException {
        byte[] f = file(10, 100);
        ByteReader in = at(f, chunkOffset(f, D, "s"));
        ChunkHeader h = ChunkHeader.read(in);
        assertEquals(0x05, h.marker());
        assertEquals("s", h.measurementId());
        assertEquals(DataType.INT32.id(), h.dataTypeId());
        long pagesStart = in.offset();
        PageHeader p = PageHeader.read(in, DataType.INT32, false, 1 << 20, "page");
        assertNull(p.statistics());
        in.skip(p.compressedSize(), "body");
        assertEquals(h.dataSize(), in.offset() - pagesStart, "the one page fills the chunk");
    }

    @Test
    void nonAlignedPageBodyIsTimeBlockLengthTs2DiffTimesThenValues() throws IOException {
        byte[] f = file(10, 100);
        ByteReader in = at(f, chunkOffset(f, D, "s"));
        ChunkHeader.read(in);
        PageHeader p = PageHeader.read(in, DataType.INT32, false, 1 << 20, "page");
        assertEquals(p.uncompressedSize(), p.compressedSize(), "UNCOMPRESSED");
        int timeLength = in.readUnsignedVarInt("time length");
        ByteBuffer time = ByteBuffer.wrap(f, in.arrayPosition(), timeLength);
        assertEquals(9, time.getInt(), "TS_2DIFF block: 9 deltas after the first value");
        assertEquals(0, time.getInt(), "regular 1 s steps pack with bit width 0");
        assertEquals(1000, time.getLong(), "minimum delta");
        assertEquals(T0, time.getLong(), "first timestamp stored verbatim");
        assertFalse(time.hasRemaining());
    }

    @Test
    void multiPageChunkHasMarker01AndStatisticsInEveryPageHeader() throws IOException {
        byte[] f = file(25, 10);
        ByteReader in = at(f, chunkOffset(f, D, "s"));
        ChunkHeader h = ChunkHeader.read(in);
        assertEquals(0x01, h.marker());
        long end = in.offset() + h.dataSize();
        int[] counts = {10, 10, 5};
        for (int page = 0; page < 3; page++) {
            PageHeader p = PageHeader.read(in, DataType.INT32, true, 1 << 20, "page");
            assertEquals(counts[page], p.statistics().count());
            assertEquals(T0 + page * 10_000L, p.statistics().startTime());
            in.skip(p.compressedSize(), "body");
        }
        assertEquals(end, in.offset());
    }

    @Test
    void alignedChunksUseMasksEmptyPagesAndEmptyChunks() throws IOException {
        byte[] f = file(25, 10);
        try (TsFileReader r = Files.open(f)) {
            assertEquals(25, r.alignedTimeStatistics(A).orElseThrow().count());
            assertEquals(0, r.statistics(A, "y").orElseThrow().count(), "y never had a value");
        }
        ByteReader in;
        try (TsFileReader r = Files.open(f)) {
            in = at(f, r.chunks(A, "x").get(0).offset());
        }
        ChunkHeader x = ChunkHeader.read(in);
        assertEquals(0x41, x.marker());
        PageHeader p0 = PageHeader.read(in, DataType.INT32, true, 1 << 20, "x page 0");
        assertEquals(10, p0.statistics().count());
        ByteBuffer body = ByteBuffer.wrap(f, in.arrayPosition(), p0.compressedSize());
        assertEquals(10, body.getInt(), "value page row count");
        assertEquals((byte) 0xFF, body.get(), "rows 0-7 present (MSB first)");
        assertEquals((byte) 0xC0, body.get(), "rows 8-9 present");
        in.skip(p0.compressedSize(), "body");
        PageHeader p1 = PageHeader.read(in, DataType.INT32, true, 1 << 20, "x page 1");
        assertTrue(p1.isEmpty(), "all-null page is the one-byte empty page");
        PageHeader p2 = PageHeader.read(in, DataType.INT32, true, 1 << 20, "x page 2");
        assertEquals(5, p2.statistics().count());
        in.skip(p2.compressedSize(), "body");

        try (TsFileReader r = Files.open(f)) {
            ByteReader y = at(f, r.chunks(A, "y").get(0).offset());
            ChunkHeader yh = ChunkHeader.read(y);
            assertEquals(0, yh.dataSize(), "a value chunk without values is a bare header");
            assertTrue(yh.isValueColumn() && yh.isSinglePage());
        }
    }

    @Test
    void alignedTimeChunkHasEmptyIdVectorTypeAndTimeMask() throws IOException {
        byte[] f = file(25, 10);
        // chunk group header of root.s.a: marker 0x00, 2 segments, "root.s" (zig-zag length 12), "a" (2)
        byte[] group = {0x00, 0x02, 0x0C, 'r', 'o', 'o', 't', '.', 's', 0x02, 'a'};
        int pos = indexOf(f, group);
        assertTrue(pos >= 7, "chunk group header of root.s.a present");
        ByteReader in = at(f, pos + group.length);
        ChunkHeader time = ChunkHeader.read(in);
        assertEquals(0x81, time.marker() & 0xFF, "multi-page time chunk");
        assertEquals("", time.measurementId());
        assertEquals(TypeIds.VECTOR, time.dataTypeId());
        assertEquals(4, time.encodingId(), "TS_2DIFF recorded for the aligned time column");
        PageHeader p = PageHeader.read(in, null, true, 1 << 20, "time page");
        assertEquals(10, p.statistics().count());
        assertNull(p.statistics().dataType(), "time statistics");
    }

    @Test
    void pageByteLimitSealsPagesByEstimatedSize() throws IOException {
        MeasurementSchema l = MeasurementSchema.of("l", DataType.INT64, "PLAIN", "UNCOMPRESSED");
        MeasurementSchema t = MeasurementSchema.of("t", DataType.TEXT, "PLAIN", "UNCOMPRESSED");
        // 8 bytes of time + 8 of value per INT64 point: 1 000 bytes hold 62 points
        WriterOptions o = WriterOptions.defaults().withPageSizeBytes(1000);
        byte[] f = Files.write(o, w -> {
            w.registerDevice(D, false, List.of(l, t));
            Tablet tab = new Tablet(D, List.of(l, t), 500);
            for (int i = 0; i < 500; i++) {
                tab.setTime(i, i);
                tab.setLong(0, i, i);
                tab.setBinary(1, i, new byte[i % 2 == 0 ? 300 : 10]);
            }
            tab.setRowCount(500);
            w.write(tab);
        });
        try (TsFileReader r = Files.open(f)) {
            int points = 0;
            int pages = 0;
            SeriesReader sr = r.readSeries(D, "l", TimeRange.ALL);
            for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                assertTrue(b.size() <= 62, "page of " + b.size() + " points");
                points += b.size();
                pages++;
            }
            assertEquals(500, points);
            assertEquals(9, pages, "ceil(500 / 62)");
            long textBytes = 0;
            SeriesReader tr = r.readSeries(D, "t", TimeRange.ALL);
            for (SeriesBatch b = tr.next(); b != null; b = tr.next()) {
                long bytes = 0;
                for (int i = 0; i < b.size(); i++) {
                    bytes += 12 + b.values().binaries()[i].length;
                }
                assertTrue(bytes <= 1000, "text page estimate " + bytes);
                textBytes += bytes;
            }
            assertEquals(250 * (12 + 300) + 250 * (12 + 10), textBytes);
        }
    }

    @Test
    void chunkGroupSizeFlushesAutomatically() throws IOException {
        MeasurementSchema l = MeasurementSchema.of("l", DataType.INT64, "PLAIN", "UNCOMPRESSED");
        WriterOptions o = WriterOptions.defaults().withChunkGroupSizeBytes(4000);
        byte[] f = Files.write(o, w -> {
            w.registerDevice(D, false, List.of(l));
            for (int k = 0; k < 10; k++) {
                Tablet tab = new Tablet(D, List.of(l), 100);
                for (int i = 0; i < 100; i++) {
                    tab.setTime(i, k * 100 + i);
                    tab.setLong(0, i, k * 100 + i);
                }
                tab.setRowCount(100);
                w.write(tab); // 100 points = 1 600 estimated bytes
            }
        });
        try (TsFileReader r = Files.open(f)) {
            List<ChunkInfo> chunks = r.chunks(D, "l");
            assertEquals(4, chunks.size(), "flushed after tablets 3, 6, 9 and at close");
            assertEquals(300, chunks.get(0).statistics().count());
            assertEquals(100, chunks.get(3).statistics().count());
            long sum = 0;
            SeriesReader sr = r.readSeries(D, "l", TimeRange.ALL);
            for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                for (int i = 0; i < b.size(); i++) {
                    sum += b.values().longs()[i];
                }
            }
            assertEquals(999L * 1000 / 2, sum);
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
