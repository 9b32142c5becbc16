package org.orrery.tsfile.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.testing.TestCodecs;

/** The writer refuses what would make an invalid or unreadable file, naming what is wrong. */
class WriterValidationTest {
    private static final DeviceId D = DeviceId.parse("root.v.d1");
    private static final MeasurementSchema S = MeasurementSchema.of("s", DataType.INT32, "PLAIN", "UNCOMPRESSED");

    private static TsFileWriter writer() throws IOException {
        return TsFileWriter.create(new ByteArrayOutputStream(), "v.tsfile", TestCodecs.registry(),
                WriterOptions.defaults().withDefaultCompression("UNCOMPRESSED")
                        .withAlignedTimeCodecs("TS_2DIFF", "UNCOMPRESSED"));
    }

    private static Tablet tablet(MeasurementSchema m, long... times) {
        Tablet t = new Tablet(D, List.of(m), Math.max(1, times.length));
        for (int i = 0; i < times.length; i++) {
            t.setTime(i, times[i]);
        }
        t.setRowCount(times.length);
        return t;
    }

    @Test
    void unregisteredDeviceOrMeasurementIsRejected() throws IOException {
        try (TsFileWriter w = writer()) {
            TsFileException e = assertThrows(TsFileException.class, () -> w.write(tablet(S, 1)));
            assertEquals("device root.v.d1 is not registered", e.getMessage());
            w.registerDevice(D, false, List.of(S));
            MeasurementSchema other = MeasurementSchema.of("x", DataType.INT32);
            e = assertThrows(TsFileException.class, () -> w.write(tablet(other, 1)));
            assertEquals("measurement root.v.d1.x is not registered", e.getMessage());
        }
    }

    @Test
    void typeConflictsAreRejected() throws IOException {
        try (TsFileWriter w = writer()) {
            w.registerDevice(D, false, List.of(S));
            TsFileException e = assertThrows(TsFileException.class,
                    () -> w.registerDevice(D, false, List.of(MeasurementSchema.of("s", DataType.DOUBLE))));
            assertTrue(e.getMessage().contains("already registered as INT32, not DOUBLE"), e.getMessage());
            e = assertThrows(TsFileException.class, () -> w.registerDevice(D, true, List.of(S)));
            assertTrue(e.getMessage().contains("already registered as non-aligned"), e.getMessage());
            e = assertThrows(TsFileException.class, () -> w.write(tablet(MeasurementSchema.of("s", DataType.INT64), 1)));
            assertTrue(e.getMessage().contains("is INT32 but the tablet has INT64"), e.getMessage());
        }
    }

    @Test
    void timesMustIncreaseWithinTabletsAndAcrossWrites() throws IOException {
        try (TsFileWriter w = writer()) {
            w.registerDevice(D, false, List.of(S));
            TsFileException e = assertThrows(TsFileException.class, () -> w.write(tablet(S, 5, 5)));
            assertTrue(e.getMessage().contains("time 5 at row 1 is not after 5"), e.getMessage());
            w.write(tablet(S, 1, 2, 3));
            w.flush();
            e = assertThrows(TsFileException.class, () -> w.write(tablet(S, 3, 4)));
            assertTrue(e.getMessage().contains("time 3 of root.v.d1.s (tablet row 0) is not after the last written time 3"),
                    e.getMessage());
            w.write(tablet(S, 4));
        }
    }

    @Test
    void alignedDevicesCannotGainColumnsAfterData() throws IOException {
        try (TsFileWriter w = writer()) {
            w.registerDevice(D, true, List.of(S));
            w.write(tablet(S, 1));
            TsFileException e = assertThrows(TsFileException.class,
                    () -> w.registerDevice(D, true, List.of(MeasurementSchema.of("late", DataType.INT32))));
            assertTrue(e.getMessage().contains("cannot add measurement late to aligned device root.v.d1"),
                    e.getMessage());
        }
    }

    @Test
    void encodingsTheFormatDoesNotAllowForATypeAreRejected() throws IOException {
        try (TsFileWriter w = writer()) {
            TsFileException e = assertThrows(TsFileException.class, () -> w.registerDevice(D, false,
                    List.of(MeasurementSchema.of("t", DataType.TEXT, "GORILLA", "UNCOMPRESSED"))));
            assertEquals("encoding GORILLA is not allowed for TEXT (column root.v.d1.t)", e.getMessage());
            e = assertThrows(TsFileException.class, () -> w.registerDevice(D, false,
                    List.of(MeasurementSchema.of("b", DataType.BOOLEAN, "TS_2DIFF", "UNCOMPRESSED"))));
            assertTrue(e.getMessage().contains("TS_2DIFF is not allowed for BOOLEAN"), e.getMessage());
        }
    }

    @Test
    void missingCodecBundlesAreNamed() throws IOException {
        SimpleCodecRegistry onlyPlain = new SimpleCodecRegistry();
        TestCodecs.registry().encodings().forEach(onlyPlain::addEncoding);
        TestCodecs.registry().compressors().stream().filter(c -> c.name().equals("UNCOMPRESSED"))
                .forEach(onlyPlain::addCompressor);
        try (TsFileWriter w = TsFileWriter.create(new ByteArrayOutputStream(), "m.tsfile", onlyPlain,
                WriterOptions.defaults().withDefaultCompression("UNCOMPRESSED"))) {
            TsFileException e = assertThrows(TsFileException.class, () -> w.registerDevice(D, false,
                    List.of(MeasurementSchema.of("z", DataType.INT32, "PLAIN", "ZSTD"))));
            assertEquals("codec bundle missing: ZSTD (compression of root.v.d1.z)", e.getMessage());
        }
    }

    @Test
    void closedWritersRefuseFurtherWork() throws IOException {
        TsFileWriter w = writer();
        w.registerDevice(D, false, List.of(S));
        w.close();
        w.close();
        TsFileException e = assertThrows(TsFileException.class, () -> w.write(tablet(S, 1)));
        assertEquals("TsFile writer for v.tsfile is closed", e.getMessage());
    }
}
