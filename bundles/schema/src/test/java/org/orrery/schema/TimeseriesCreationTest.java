package org.orrery.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.MeasurementDefinition;
import org.orrery.engine.schema.SeriesInfo;

class TimeseriesCreationTest {
  @TempDir Path dir;
  private FileSchemaEngine engine;

  @BeforeEach
  void open() {
    engine = new FileSchemaEngine(SchemaConfig.builder().sync(false).build(), dir);
    engine.createDatabase(PartialPath.parse("root.sg"));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private SeriesInfo create(String path, DataType type, String encoding, String compressor) {
    PartialPath p = PartialPath.parse(path);
    return engine.createTimeseries(
        p, new MeasurementDefinition(p.lastNode(), type, encoding, compressor, null, Map.of(), Map.of()));
  }

  @Test
  void defaultsFollowIoTdb13() {
    Object[][] expected = {
      {DataType.BOOLEAN, "RLE"}, {DataType.INT32, "TS_2DIFF"}, {DataType.INT64, "TS_2DIFF"},
      {DataType.FLOAT, "GORILLA"}, {DataType.DOUBLE, "GORILLA"}, {DataType.TEXT, "PLAIN"},
      {DataType.STRING, "PLAIN"}, {DataType.BLOB, "PLAIN"}, {DataType.DATE, "TS_2DIFF"},
      {DataType.TIMESTAMP, "TS_2DIFF"}
    };
    for (Object[] row : expected) {
      DataType type = (DataType) row[0];
      SeriesInfo info = create("root.sg.d." + type.name().toLowerCase(), type, null, null);
      assertEquals(row[1], info.encoding(), type.name());
      assertEquals("LZ4", info.compression(), type.name());
      assertEquals(type, info.type());
      assertFalse(info.aligned());
    }
  }

  @Test
  void configuredDefaultsApply() {
    engine.close();
    engine =
        new FileSchemaEngine(
            SchemaConfig.builder()
                .sync(false)
                .defaultEncoding(DataType.DOUBLE, "chimp")
                .defaultCompressor("zstd")
                .build(),
            dir.resolve("configured"));
    SeriesInfo info = create("root.sg.d.s", DataType.DOUBLE, null, null);
    assertEquals("CHIMP", info.encoding());
    assertEquals("ZSTD", info.compression());
  }

  @Test
  void invalidDefaultEncodingIsRejectedAtConfiguration() {
    OrreryException e =
        assertThrows(
            OrreryException.class,
            () -> SchemaConfig.builder().defaultEncoding(DataType.TEXT, "GORILLA").build());
    assertEquals(ErrorCode.UNSUPPORTED_TYPE, e.code());
  }

  @Test
  void encodingMustSuitTheType() {
    assertEquals("DICTIONARY", create("root.sg.d.t", DataType.TEXT, "dictionary", "SNAPPY").encoding());
    assertEquals("CAMEL", create("root.sg.d.c", DataType.DOUBLE, "CAMEL", null).encoding());
    OrreryException e =
        assertThrows(OrreryException.class, () -> create("root.sg.d.b", DataType.BOOLEAN, "TS_2DIFF", null));
    assertEquals(ErrorCode.UNSUPPORTED_TYPE, e.code());
    assertEquals("encoding TS_2DIFF does not support BOOLEAN", e.getMessage());
    assertEquals(
        ErrorCode.UNSUPPORTED_TYPE,
        assertThrows(OrreryException.class, () -> create("root.sg.d.f", DataType.FLOAT, "CAMEL", null)).code());
    assertEquals(
        ErrorCode.UNSUPPORTED_TYPE,
        assertThrows(OrreryException.class, () -> create("root.sg.d.x", DataType.TEXT, "RLE", null)).code());
    // formats ids that no released writer produces
    assertEquals(
        ErrorCode.UNSUPPORTED_TYPE,
        assertThrows(OrreryException.class, () -> create("root.sg.d.y", DataType.INT32, "FREQ", null)).code());
  }

  @Test
  void unknownNamesAreErrorsNamingThem() {
    OrreryException encoding =
        assertThrows(OrreryException.class, () -> create("root.sg.d.s", DataType.INT32, "FANCY", null));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, encoding.code());
    assertTrue(encoding.getMessage().contains("'FANCY'"), encoding.getMessage());
    OrreryException compressor =
        assertThrows(OrreryException.class, () -> create("root.sg.d.s", DataType.INT32, null, "ZIP"));
    assertTrue(compressor.getMessage().contains("'ZIP'"), compressor.getMessage());
    OrreryException retired =
        assertThrows(OrreryException.class, () -> create("root.sg.d.s", DataType.INT32, null, "LZO"));
    assertTrue(retired.getMessage().contains("LZO"), retired.getMessage());
    assertEquals(0, engine.countTimeseries(PathPattern.parse("root.**"), List.of()));
  }

  @Test
  void existingSeriesAndNodesCannotBeRecreated() {
    create("root.sg.d.s", DataType.INT32, null, null);
    OrreryException twice =
        assertThrows(OrreryException.class, () -> create("root.sg.d.s", DataType.INT64, null, null));
    assertEquals(ErrorCode.SERIES_ALREADY_EXISTS, twice.code());
    assertTrue(twice.getMessage().contains("root.sg.d.s"), twice.getMessage());
    // a device cannot become a series, a series cannot get children
    assertEquals(
        ErrorCode.SERIES_ALREADY_EXISTS,
        assertThrows(OrreryException.class, () -> create("root.sg.d", DataType.INT32, null, null)).code());
    OrreryException below =
        assertThrows(OrreryException.class, () -> create("root.sg.d.s.x", DataType.INT32, null, null));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, below.code());
    assertTrue(below.getMessage().contains("root.sg.d.s is a timeseries"), below.getMessage());
    // the database node itself is no series
    assertThrows(OrreryException.class, () -> create("root.sg", DataType.INT32, null, null));
  }

  @Test
  void databaseNodeCanBeADevice() {
    SeriesInfo info = create("root.sg.s", DataType.INT32, null, null);
    assertEquals(PartialPath.parse("root.sg"), info.device());
    assertEquals(1, engine.countDevices(PathPattern.parse("root.sg")));
  }

  @Test
  void aliasesMustBeUniqueInTheirDevice() {
    PartialPath s1 = PartialPath.parse("root.sg.d.s1");
    engine.createTimeseries(
        s1, new MeasurementDefinition("s1", DataType.INT32, null, null, "first", Map.of(), Map.of()));
    assertEquals(
        ErrorCode.SERIES_ALREADY_EXISTS,
        assertThrows(
                OrreryException.class,
                () ->
                    engine.createTimeseries(
                        PartialPath.parse("root.sg.d.s2"),
                        new MeasurementDefinition("s2", DataType.INT32, null, null, "first", Map.of(), Map.of())))
            .code());
    assertEquals(
        ErrorCode.SERIES_ALREADY_EXISTS,
        assertThrows(OrreryException.class, () -> create("root.sg.d.first", DataType.INT32, null, null))
            .code());
    assertEquals(
        ErrorCode.SERIES_ALREADY_EXISTS,
        assertThrows(
                OrreryException.class,
                () ->
                    engine.createTimeseries(
                        PartialPath.parse("root.sg.d.s3"),
                        new MeasurementDefinition("s3", DataType.INT32, null, null, "s1", Map.of(), Map.of())))
            .code());
  }

  @Test
  void alignedDevicesTakeOnlyAlignedSeries() {
    PartialPath gps = PartialPath.parse("root.sg.gps");
    List<SeriesInfo> created =
        engine.createAlignedTimeseries(
            gps,
            List.of(
                MeasurementDefinition.of("lat", DataType.DOUBLE),
                new MeasurementDefinition("lon", DataType.FLOAT, "RLE", "SNAPPY", null, Map.of(), Map.of())));
    assertEquals(2, created.size());
    assertTrue(created.get(0).aligned());
    assertEquals("RLE", created.get(1).encoding());
    // extending the aligned device is allowed, adding a non-aligned series is not
    engine.createAlignedTimeseries(gps, List.of(MeasurementDefinition.of("alt", DataType.INT32)));
    OrreryException e =
        assertThrows(OrreryException.class, () -> create("root.sg.gps.speed", DataType.INT32, null, null));
    assertEquals(ErrorCode.SEMANTIC_ERROR, e.code());
    assertTrue(e.getMessage().contains("root.sg.gps"), e.getMessage());
    create("root.sg.plain.s", DataType.INT32, null, null);
    assertEquals(
        ErrorCode.SEMANTIC_ERROR,
        assertThrows(
                OrreryException.class,
                () ->
                    engine.createAlignedTimeseries(
                        PartialPath.parse("root.sg.plain"), List.of(MeasurementDefinition.of("t", DataType.INT32))))
            .code());
    assertTrue(engine.devices(PathPattern.parse("root.sg.gps"), 0, 0).get(0).aligned());
  }

  @Test
  void alignedCreationIsAllOrNothing() {
    engine.createAlignedTimeseries(
        PartialPath.parse("root.sg.gps"), List.of(MeasurementDefinition.of("lat", DataType.DOUBLE)));
    assertThrows(
        OrreryException.class,
        () ->
            engine.createAlignedTimeseries(
                PartialPath.parse("root.sg.gps"),
                List.of(
                    MeasurementDefinition.of("lon", DataType.DOUBLE),
                    MeasurementDefinition.of("lat", DataType.DOUBLE))));
    assertEquals(1, engine.countTimeseries(PathPattern.parse("root.sg.gps.*"), List.of()));
    assertThrows(
        OrreryException.class,
        () ->
            engine.createAlignedTimeseries(
                PartialPath.parse("root.sg.gps2"),
                List.of(
                    MeasurementDefinition.of("a", DataType.DOUBLE),
                    MeasurementDefinition.of("a", DataType.INT32))));
    assertEquals(0, engine.countDevices(PathPattern.parse("root.sg.gps2")));
  }

  @Test
  void tagsAndAttributesAreStored() {
    PartialPath path = PartialPath.parse("root.sg.d.s");
    SeriesInfo info =
        engine.createTimeseries(
            path,
            new MeasurementDefinition(
                "s", DataType.DOUBLE, null, null, null, Map.of("unit", "C"), Map.of("owner", "ops")));
    assertEquals(Map.of("unit", "C"), info.tags());
    assertEquals(Map.of("owner", "ops"), info.attributes());
    assertEquals(
        ErrorCode.ILLEGAL_ARGUMENT,
        assertThrows(
                OrreryException.class,
                () ->
                    engine.createTimeseries(
                        PartialPath.parse("root.sg.d.t"),
                        new MeasurementDefinition(
                            "t", DataType.DOUBLE, null, null, null, Map.of("k", "1"), Map.of("k", "2"))))
            .code());
  }
}
