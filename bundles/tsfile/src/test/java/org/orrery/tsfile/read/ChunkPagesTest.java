package org.orrery.tsfile.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.stats.LongStatistics;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.WriterOptions;

/** Page statistics come from page headers without decoding; single pages decode on demand. */
class ChunkPagesTest {
    private static final DeviceId PLAIN = DeviceId.parse("root.p.plain");
    private static final DeviceId ALIGNED = DeviceId.parse("root.p.aligned");
    private static final MeasurementSchema S = MeasurementSchema.of("s", DataType.INT64, "TS_2DIFF", "LZ4");
    private static final MeasurementSchema A = MeasurementSchema.of("a", DataType.INT64, "PLAIN", "UNCOMPRESSED");

    /** One chunk of 1 000 points, 100 per page: point i at time i*10 with value 3*i. */
    private static byte[] file() throws IOException {
        return Files.write(WriterOptions.defaults().withMaxPointsPerPage(100), w -> {
            w.registerDevice(PLAIN, false, List.of(S));
            w.registerDevice(ALIGNED, true, List.of(A));
            Tablet t = new Tablet(PLAIN, List.of(S), 1000);
            Tablet a = new Tablet(ALIGNED, List.of(A), 1000);
            for (int i = 0; i < 1000; i++) {
                t.setTime(i, i * 10L);
                t.setLong(0, i, 3L * i);
                a.setTime(i, i * 10L);
                a.setLong(0, i, i);
            }
            t.setRowCount(1000);
            a.setRowCount(1000);
            w.write(t);
            w.write(a);
        });
    }

    @Test
    void pageStatisticsWithoutDecodingAndOnePageDecoded() throws IOException {
        try (TsFileReader r = Files.open(file())) {
            List<ChunkInfo> chunks = r.chunks(PLAIN, "s");
            assertEquals(1, chunks.size());
            ChunkPages pages = r.chunkPages(PLAIN, "s", chunks.get(0));
            assertEquals(10, pages.pageCount());
            for (int p = 0; p < 10; p++) {
                LongStatistics s = (LongStatistics) pages.statistics(p);
                assertEquals(100, s.count());
                assertEquals(p * 1000L, s.startTime());
                assertEquals(p * 1000L + 990, s.endTime());
                assertEquals(3L * p * 100, s.first());
                assertEquals(3L * (p * 100 + 99), s.max());
                // sum of 3*i for i in [100p, 100p+99] = 3 * (100 * 100p + 4950)
                assertEquals(3.0 * (100 * 100 * p + 4950), s.sum());
            }
            assertEquals(1, r.counters().chunksLoaded());
            assertEquals(0, r.counters().pagesDecoded(), "statistics come from the page headers");

            SeriesBatch b = pages.decode(4, TimeRange.of(4_050, Long.MAX_VALUE));
            assertEquals(1, r.counters().pagesDecoded());
            assertEquals(95, b.size(), "times 4050..4990 of page 4");
            assertEquals(4_050, b.times()[0]);
            assertEquals(3L * 405, b.values().longs()[0]);
            assertEquals(0, pages.decode(4, TimeRange.of(0, 100)).size());
            assertThrows(IndexOutOfBoundsException.class, () -> pages.decode(10, TimeRange.ALL));
        }
    }

    @Test
    void alignedColumnsAndUnknownChunksAreRefused() throws IOException {
        try (TsFileReader r = Files.open(file())) {
            ChunkInfo aligned = r.chunks(ALIGNED, "a").get(0);
            assertThrows(TsFileException.class, () -> r.chunkPages(ALIGNED, "a", aligned));
            assertThrows(TsFileException.class, () -> r.chunkPages(PLAIN, "nope", aligned));
            assertThrows(TsFileException.class, () -> r.chunkPages(PLAIN, "s", aligned),
                    "the aligned chunk's offset is no chunk of s");
        }
    }
}
