package org.orrery.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.orrery.engine.schema.SeriesFilter.Kind;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.schema.TagChange;
import org.orrery.engine.schema.TagChange.Action;

class TagsAndAlterTest {
  @TempDir Path dir;
  private FileSchemaEngine engine;

  @BeforeEach
  void open() {
    engine = new FileSchemaEngine(SchemaConfig.builder().sync(false).build(), dir);
    create("root.sg.d1.s1", DataType.DOUBLE, Map.of("unit", "celsius", "room", "a1"), Map.of());
    create("root.sg.d1.s2", DataType.INT32, Map.of("unit", "kelvin"), Map.of("owner", "ops"));
    create("root.sg.d2.s1", DataType.DOUBLE, Map.of("unit", "celsius"), Map.of());
    create("root.sg.d2.s3", DataType.TEXT, Map.of(), Map.of("unit", "celsius"));
    create("root.other.d.s1", DataType.DOUBLE, Map.of("unit", "celsius"), Map.of());
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private void create(String path, DataType type, Map<String, String> tags, Map<String, String> attributes) {
    PartialPath p = PartialPath.parse(path);
    engine.createTimeseries(
        p, new MeasurementDefinition(p.lastNode(), type, null, null, null, tags, attributes));
  }

  private List<String> select(String pattern, SeriesFilter... filters) {
    return engine.series(PathPattern.parse(pattern), List.of(filters), 0, 0).stream()
        .map(s -> s.path().toString())
        .collect(Collectors.toList());
  }

  @Test
  void tagEqualsMatchesTagsAndAttributesWithinThePattern() {
    // "unit" is also an attribute of root.sg.d2.s3, so the filter must see attributes too
    assertEquals(
        List.of("root.sg.d1.s1", "root.sg.d2.s1", "root.sg.d2.s3"),
        select("root.sg.**", new SeriesFilter(Kind.TAG_EQUALS, "unit", "celsius")));
    assertEquals(
        3, engine.countTimeseries(PathPattern.parse("root.sg.**"), List.of(new SeriesFilter(Kind.TAG_EQUALS, "unit", "celsius"))));
  }

  @Test
  void tagIndexAnswersPureTagFilters() {
    assertEquals(
        List.of("root.sg.d1.s1"), select("root.**", new SeriesFilter(Kind.TAG_EQUALS, "room", "a1")));
    assertEquals(
        List.of("root.sg.d1.s2"), select("root.**", new SeriesFilter(Kind.TAG_CONTAINS, "unit", "elv")));
    assertEquals(List.of(), select("root.other.**", new SeriesFilter(Kind.TAG_EQUALS, "room", "a1")));
    assertEquals(List.of(), select("root.**", new SeriesFilter(Kind.TAG_EQUALS, "nokey", "x")));
  }

  @Test
  void filtersCombineWithPagingAndOtherKinds() {
    SeriesFilter celsius = new SeriesFilter(Kind.TAG_EQUALS, "unit", "celsius");
    SeriesFilter isDouble = new SeriesFilter(Kind.DATA_TYPE, null, "DOUBLE");
    assertEquals(
        List.of("root.other.d.s1", "root.sg.d1.s1", "root.sg.d2.s1"), select("root.**", celsius, isDouble));
    List<SeriesInfo> page =
        engine.series(PathPattern.parse("root.**"), List.of(celsius, isDouble), 1, 1);
    assertEquals(List.of(PartialPath.parse("root.sg.d1.s1")), page.stream().map(SeriesInfo::path).collect(Collectors.toList()));
    assertEquals(
        List.of("root.sg.d2.s3"), select("root.**", new SeriesFilter(Kind.NAME_CONTAINS, null, "3")));
    assertEquals(
        ErrorCode.ILLEGAL_ARGUMENT,
        assertThrows(OrreryException.class, () -> select("root.**", new SeriesFilter(Kind.DATA_TYPE, null, "NUMBER")))
            .code());
  }

  @Test
  void alterKeepsTheIndexInStep() {
    PartialPath s1 = PartialPath.parse("root.sg.d1.s1");
    engine.alterTimeseries(s1, new TagChange(Action.SET, Map.of("unit", "fahrenheit")), null, null);
    assertEquals(
        List.of("root.sg.d1.s1"), select("root.**", new SeriesFilter(Kind.TAG_EQUALS, "unit", "fahrenheit")));
    assertEquals(
        List.of("root.other.d.s1", "root.sg.d2.s1", "root.sg.d2.s3"),
        select("root.**", new SeriesFilter(Kind.TAG_EQUALS, "unit", "celsius")));

    engine.alterTimeseries(s1, new TagChange(Action.RENAME, Map.of("room", "place")), null, null);
    SeriesInfo renamed = engine.seriesAt(s1).orElseThrow();
    assertEquals(Map.of("unit", "fahrenheit", "place", "a1"), renamed.tags());
    assertEquals(List.of(), select("root.**", new SeriesFilter(Kind.TAG_EQUALS, "room", "a1")));

    engine.alterTimeseries(s1, new TagChange(Action.ADD_ATTRIBUTES, Map.of("vendor", "acme")), null, null);
    engine.alterTimeseries(s1, new TagChange(Action.ADD_TAGS, Map.of("floor", "2")), null, null);
    engine.alterTimeseries(s1, new TagChange(Action.DROP, Map.of("place", "", "absent", "")), null, null);
    SeriesInfo after = engine.seriesAt(s1).orElseThrow();
    assertEquals(Map.of("unit", "fahrenheit", "floor", "2"), after.tags());
    assertEquals(Map.of("vendor", "acme"), after.attributes());

    engine.alterTimeseries(
        s1, new TagChange(Action.UPSERT, Map.of("floor", "3")), Map.of("vendor", "other"), "temp");
    SeriesInfo upserted = engine.seriesAt(PartialPath.parse("root.sg.d1.temp")).orElseThrow();
    assertEquals("temp", upserted.alias());
    assertEquals("3", upserted.tags().get("floor"));
    assertEquals("other", upserted.attributes().get("vendor"));
  }

  @Test
  void alterRulesNameTheProblem() {
    PartialPath s1 = PartialPath.parse("root.sg.d1.s1");
    OrreryException missing =
        assertThrows(
            OrreryException.class,
            () -> engine.alterTimeseries(s1, new TagChange(Action.SET, Map.of("nokey", "v")), null, null));
    assertTrue(missing.getMessage().contains("nokey"), missing.getMessage());
    OrreryException exists =
        assertThrows(
            OrreryException.class,
            () -> engine.alterTimeseries(s1, new TagChange(Action.ADD_TAGS, Map.of("unit", "v")), null, null));
    assertTrue(exists.getMessage().contains("unit"), exists.getMessage());
    assertThrows(
        OrreryException.class,
        () -> engine.alterTimeseries(s1, new TagChange(Action.RENAME, Map.of("unit", "room")), null, null));
    OrreryException noSeries =
        assertThrows(
            OrreryException.class,
            () ->
                engine.alterTimeseries(
                    PartialPath.parse("root.sg.d1.none"), new TagChange(Action.DROP, Map.of("a", "")), null, null));
    assertEquals(ErrorCode.PATH_NOT_FOUND, noSeries.code());
    // the alias of a sibling is taken
    engine.alterTimeseries(s1, new TagChange(Action.UPSERT, Map.of()), null, "x");
    assertEquals(
        ErrorCode.SERIES_ALREADY_EXISTS,
        assertThrows(
                OrreryException.class,
                () ->
                    engine.alterTimeseries(
                        PartialPath.parse("root.sg.d1.s2"), new TagChange(Action.UPSERT, Map.of()), null, "x"))
            .code());
    // nothing changed by the failures
    assertEquals(Map.of("unit", "celsius", "room", "a1"), engine.seriesAt(s1).orElseThrow().tags());
    assertNull(engine.seriesAt(PartialPath.parse("root.sg.d1.s2")).orElseThrow().alias());
  }
}
