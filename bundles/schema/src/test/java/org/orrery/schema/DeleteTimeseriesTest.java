package org.orrery.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.orrery.engine.schema.SeriesFilter;
import org.orrery.engine.schema.SeriesInfo;

class DeleteTimeseriesTest {
  @TempDir Path dir;
  private FileSchemaEngine engine;

  @BeforeEach
  void open() {
    engine = new FileSchemaEngine(SchemaConfig.builder().sync(false).build(), dir);
    for (String path :
        List.of("root.sg.a.b.d1.s1", "root.sg.a.b.d1.s2", "root.sg.a.d2.s1", "root.sg.x.s1")) {
      PartialPath p = PartialPath.parse(path);
      engine.createTimeseries(
          p,
          new MeasurementDefinition(p.lastNode(), DataType.INT64, null, null, null, Map.of("k", "v"), Map.of()));
    }
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void deletingTheLastSeriesRemovesEmptyDevicesAndInternalNodes() {
    List<SeriesInfo> deleted =
        engine.deleteTimeseries(List.of(PathPattern.parse("root.sg.a.b.d1.*")));
    assertEquals(
        List.of(PartialPath.parse("root.sg.a.b.d1.s1"), PartialPath.parse("root.sg.a.b.d1.s2")),
        deleted.stream().map(SeriesInfo::path).collect(Collectors.toList()));
    // b only held d1, so both are gone; a still holds d2
    assertEquals(List.of("d2"), engine.childNodes(PathPattern.parse("root.sg.a")));
    assertEquals(2, engine.countDevices(PathPattern.parse("root.**")));
    // the tag index forgot them
    assertEquals(2, engine.countTimeseries(PathPattern.parse("root.**"), List.of(new SeriesFilter(SeriesFilter.Kind.TAG_EQUALS, "k", "v"))));
  }

  @Test
  void databaseStaysWhenItsSeriesAreDeleted() {
    engine.deleteTimeseries(List.of(PathPattern.parse("root.sg.**")));
    assertEquals(0, engine.countTimeseries(PathPattern.parse("root.**"), List.of()));
    assertEquals(1, engine.databases(PathPattern.parse("root.sg")).size());
    assertEquals(List.of(), engine.childNodes(PathPattern.parse("root.sg")));
    // the names are free again, even as a different kind of node
    engine.createTimeseries(PartialPath.parse("root.sg.a"), MeasurementDefinition.of("a", DataType.TEXT));
  }

  @Test
  void severalPatternsDeleteEachSeriesOnce() {
    List<SeriesInfo> deleted =
        engine.deleteTimeseries(
            List.of(PathPattern.parse("root.**.s1"), PathPattern.parse("root.sg.a.**")));
    assertEquals(4, deleted.size());
  }

  @Test
  void deletingNothingIsAnErrorNamingThePattern() {
    OrreryException e =
        assertThrows(
            OrreryException.class, () -> engine.deleteTimeseries(List.of(PathPattern.parse("root.none.**"))));
    assertEquals(ErrorCode.PATH_NOT_FOUND, e.code());
    assertTrue(e.getMessage().contains("root.none.**"), e.getMessage());
  }

  @Test
  void aliasPatternDeletesTheSeries() {
    engine.alterTimeseries(
        PartialPath.parse("root.sg.x.s1"), null, null, "speed");
    engine.deleteTimeseries(List.of(PathPattern.parse("root.sg.x.speed")));
    assertTrue(engine.seriesAt(PartialPath.parse("root.sg.x.s1")).isEmpty());
    assertEquals(List.of("a"), engine.childNodes(PathPattern.parse("root.sg")));
  }
}
