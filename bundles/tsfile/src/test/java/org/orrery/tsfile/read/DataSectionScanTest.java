package org.orrery.tsfile.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.WriterOptions;

/**
 * The sequential data-section check finds damage that index-driven reads skip over, and the
 * point limit stops a page whose statistics claim too many points before anything is allocated.
 */
class DataSectionScanTest {
    private static final DeviceId D1 = DeviceId.parse("root.scan.d1");
    private static final DeviceId D2 = DeviceId.parse("root.scan.d2");

    /** Two devices (one aligned), two chunk groups each: 2 x (2 + 3) = 10 chunks. */
    private static byte[] file() throws IOException {
        List<MeasurementSchema> plain = List.of(MeasurementSchema.of("a", DataType.INT64, "PLAIN", "UNCOMPRESSED"),
                MeasurementSchema.of("b", DataType.DOUBLE, "GORILLA", "UNCOMPRESSED"));
        List<MeasurementSchema> aligned = List.of(MeasurementSchema.of("x", DataType.INT32, "RLE", "UNCOMPRESSED"),
                MeasurementSchema.of("y", DataType.TEXT, "PLAIN", "UNCOMPRESSED"));
        return Files.write(WriterOptions.defaults().withAlignedTimeCodecs("TS_2DIFF", "UNCOMPRESSED"), w -> {
            w.registerDevice(D1, false, plain);
            w.registerDevice(D2, true, aligned);
            for (int g = 0; g < 2; g++) {
                Tablet t = new Tablet(D1, plain, 10);
                Tablet a = new Tablet(D2, aligned, 10);
                for (int i = 0; i < 10; i++) {
                    long time = 1000L * (10 * g + i);
                    t.setTime(i, time);
                    t.setLong(0, i, i);
                    t.setDouble(1, i, i / 4.0);
                    a.setTime(i, time);
                    a.setInt(0, i, i);
                    a.setBinary(1, i, new byte[] {(byte) ('a' + i)});
                }
                t.setRowCount(10);
                a.setRowCount(10);
                w.write(t);
                w.write(a);
                w.flush();
            }
        });
    }

    @Test
    void intactFileListsEveryChunk() throws IOException {
        try (TsFileReader r = Files.open(file())) {
            assertEquals(10, r.checkDataSection());
        }
    }

    @Test
    void damagedChunkGroupMarkerIsFoundOnlyByTheScan() throws IOException {
        byte[] bytes = file();
        assertEquals(0, bytes[7]); // the first chunk group marker follows "TsFile" + version
        bytes[7] = 0x07;
        try (TsFileReader r = Files.open(bytes)) {
            assertEquals(2, r.devices().size()); // the index still reads
            CorruptTsFileException e = assertThrows(CorruptTsFileException.class, r::checkDataSection);
            assertTrue(e.getMessage().contains("unexpected marker 0x7 at offset 7"), e.getMessage());
        }
    }

    @Test
    void wrongChunkDataSizeIsFound() throws IOException {
        byte[] bytes = file();
        long chunk;
        try (TsFileReader r = Files.open(bytes)) {
            chunk = r.chunks(D1, "a").get(0).offset();
        }
        // chunk header: marker, var-string "a" (zig-zag length 0x02, 'a'), uvarint data size
        assertEquals('a', bytes[(int) chunk + 2]);
        int sizeByte = (int) chunk + 3;
        byte before = bytes[sizeByte];
        bytes[sizeByte] = (byte) (before | 0x7F); // a larger size: the next header is misplaced
        assertTrue(bytes[sizeByte] != before);
        try (TsFileReader r = Files.open(bytes)) {
            assertThrows(CorruptTsFileException.class, r::checkDataSection);
        }
    }

    @Test
    void pageClaimingMorePointsThanTheLimitIsCorrupt() throws IOException {
        byte[] bytes = file();
        try (TsFileReader r = Files.open(bytes, ReaderOptions.defaults().withMaxPagePoints(9))) {
            SeriesReader sr = r.readSeries(D1, "a", TimeRange.ALL);
            CorruptTsFileException e = assertThrows(CorruptTsFileException.class, sr::next);
            assertTrue(e.getMessage().contains("statistics count 10 is outside 0..9 points per page"), e.getMessage());
        }
        try (TsFileReader r = Files.open(bytes, ReaderOptions.defaults().withMaxPagePoints(10))) {
            assertEquals(10, r.readSeries(D1, "a", TimeRange.ALL).next().size());
        }
    }

    @Test
    void extraTimestampBlockAfterTheCountedOnesIsCorrupt() throws IOException {
        // Raise the first time block's delta count from 9 to 10 with width 0: the block now
        // yields 11 timestamps for a page whose statistics count 10; the reader takes 10 and the
        // block is fully consumed, so the page reads as before (the official reader would see 11).
        byte[] bytes = file();
        byte[] pattern = ByteBuffer.allocate(24).putInt(9).putInt(0).putLong(1000).putLong(0).array();
        int at = indexOf(bytes, pattern);
        ByteBuffer.wrap(bytes).putInt(at, 10);
        try (TsFileReader r = Files.open(bytes)) {
            SeriesBatch b = r.readSeries(D1, "a", TimeRange.ALL).next();
            assertEquals(10, b.size());
            assertEquals(9000, b.times()[9]);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not found");
    }
}
