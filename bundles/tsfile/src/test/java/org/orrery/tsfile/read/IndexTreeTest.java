package org.orrery.tsfile.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.internal.format.IndexNodeType;
import org.orrery.tsfile.internal.format.MetadataIndexNode;
import org.orrery.tsfile.internal.io.ByteArrayFileInput;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * The metadata index splits into INTERNAL levels when a node would exceed the max degree, for
 * devices and for measurements, and every series stays findable through it.
 */
class IndexTreeTest {
    private static List<DeviceId> devices() {
        List<DeviceId> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(DeviceId.parse("root.a.x.d" + i)); // table root.a.x
        }
        for (int i = 0; i < 7; i++) {
            ids.add(DeviceId.parse("root.b.d" + i)); // table root.b
        }
        for (int i = 0; i < 5; i++) {
            ids.add(DeviceId.parse("root.c.y.z.k" + i + ".m")); // table root.c.y, three more segments
        }
        return ids;
    }

    private static List<MeasurementSchema> measurements(int n) {
        List<MeasurementSchema> m = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            m.add(MeasurementSchema.of(String.format("s%03d", i), DataType.INT64, "PLAIN", "UNCOMPRESSED"));
        }
        return m;
    }

    private static void writeOneRow(TsFileWriter w, DeviceId d, List<MeasurementSchema> ms, long time)
            throws IOException {
        Tablet t = new Tablet(d, ms, 1);
        t.setTime(0, time);
        for (int c = 0; c < ms.size(); c++) {
            t.setLong(c, 0, time * 1000 + c);
        }
        t.setRowCount(1);
        w.write(t);
    }

    @Test
    void smallDegreeBuildsInternalLevelsAndEverythingIsFound() throws IOException {
        List<DeviceId> ids = devices();
        List<MeasurementSchema> ms = measurements(13);
        WriterOptions o = WriterOptions.defaults().withMaxIndexDegree(3).withDefaultCompression("UNCOMPRESSED")
                .withAlignedTimeCodecs("TS_2DIFF", "UNCOMPRESSED");
        byte[] file = Files.write(o, w -> {
            for (int i = 0; i < ids.size(); i++) {
                w.registerDevice(ids.get(i), i == 3, ms);
            }
            for (int i = 0; i < ids.size(); i++) {
                writeOneRow(w, ids.get(i), ms, 100 + i);
            }
        });
        FileStructure fs = FileStructure.open(new ByteArrayFileInput("t", file));
        MetadataIndexNode rootA = fs.metadata().tableRoots().get("root.a.x");
        assertEquals(IndexNodeType.INTERNAL_DEVICE, rootA.type(), "10 devices with degree 3");
        assertEquals(3, fs.metadata().tableRoots().size());
        try (TsFileReader r = Files.open(file)) {
            List<DeviceInfo> listed = r.devices();
            assertEquals(ids.size(), listed.size());
            List<DeviceId> sorted = new ArrayList<>(ids);
            sorted.sort(null);
            for (int i = 0; i < sorted.size(); i++) {
                assertEquals(sorted.get(i), listed.get(i).id(), "index order");
            }
            for (int i = 0; i < ids.size(); i++) {
                DeviceId d = ids.get(i);
                assertEquals(i == 3, r.device(d).orElseThrow().isAligned());
                assertEquals(13, r.series(d).size());
                for (int c = 0; c < 13; c++) {
                    SeriesReader sr = r.readSeries(d, ms.get(c).name(), TimeRange.ALL);
                    SeriesBatch b = sr.next();
                    assertEquals(1, b.size());
                    assertEquals((100 + i) * 1000L + c, b.values().longs()[0], d + "." + ms.get(c).name());
                }
                assertFalse(r.series(d, "s0005").isPresent());
                assertFalse(r.series(d, "s999").isPresent());
            }
            assertFalse(r.device(DeviceId.parse("root.a.x.d10")).isPresent());
            assertFalse(r.device(DeviceId.parse("root.zz.d0")).isPresent());
        }
    }

    @Test
    void defaultDegreeWithManyDevicesAndSeries() throws IOException {
        List<MeasurementSchema> wide = measurements(600);
        List<MeasurementSchema> one = measurements(1);
        byte[] file = Files.write(WriterOptions.defaults().withDefaultCompression("UNCOMPRESSED"), w -> {
            w.registerDevice(DeviceId.parse("root.w.wide"), false, wide);
            writeOneRow(w, DeviceId.parse("root.w.wide"), wide, 1);
            for (int i = 0; i < 300; i++) {
                DeviceId d = DeviceId.parse("root.m.dev" + i);
                w.registerDevice(d, false, one);
                writeOneRow(w, d, one, i);
            }
        });
        FileStructure fs = FileStructure.open(new ByteArrayFileInput("t", file));
        assertEquals(IndexNodeType.INTERNAL_DEVICE, fs.metadata().tableRoots().get("root.m").type(),
                "300 devices exceed 256 entries");
        assertEquals(IndexNodeType.LEAF_DEVICE, fs.metadata().tableRoots().get("root.w").type());
        try (TsFileReader r = Files.open(file)) {
            assertEquals(301, r.devices().size());
            assertEquals(600, r.series(DeviceId.parse("root.w.wide")).size());
            for (int c : new int[] {0, 255, 256, 511, 512, 599}) {
                String name = wide.get(c).name();
                assertTrue(r.series(DeviceId.parse("root.w.wide"), name).isPresent(), name);
                assertEquals(1000L + c, r.readSeries(DeviceId.parse("root.w.wide"), name, TimeRange.ALL).next()
                        .values().longs()[0]);
            }
            assertEquals(299_000L, r.readSeries(DeviceId.parse("root.m.dev299"), "s000", TimeRange.ALL).next()
                    .values().longs()[0]);
        }
    }
}
