package org.orrery.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.DeviceInfo;
import org.orrery.engine.schema.MeasurementDefinition;
import org.orrery.engine.schema.SeriesInfo;

class PatternResolutionTest {
  @TempDir Path dir;
  private FileSchemaEngine engine;

  @BeforeEach
  void open() {
    engine = new FileSchemaEngine(SchemaConfig.builder().sync(false).build(), dir);
    engine.createDatabase(PartialPath.parse("root.ln"));
    engine.createDatabase(PartialPath.parse("root.sg.a"));
    create("root.ln.wf01.wt01.status", DataType.BOOLEAN);
    create("root.ln.wf01.wt01.temperature", DataType.FLOAT);
    create("root.ln.wf02.wt02.hardware", DataType.TEXT);
    create("root.ln.wf02.wt02.status", DataType.BOOLEAN);
    create("root.ln.wf02.status", DataType.BOOLEAN); // wf02 is a device and an internal node
    create("root.sg.a.d1.s1", DataType.INT32);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private void create(String path, DataType type) {
    PartialPath p = PartialPath.parse(path);
    engine.createTimeseries(p, MeasurementDefinition.of(p.lastNode(), type));
  }

  private List<String> series(String pattern) {
    return engine.series(PathPattern.parse(pattern), List.of(), 0, 0).stream()
        .map(s -> s.path().toString())
        .collect(Collectors.toList());
  }

  @Test
  void oneLevelWildcardMatchesExactlyOneNode() {
    assertEquals(
        List.of("root.ln.wf01.wt01.status", "root.ln.wf02.wt02.status"),
        series("root.ln.*.*.status"));
    assertEquals(List.of("root.ln.wf02.status"), series("root.ln.*.status"));
  }

  @Test
  void multiLevelWildcardMatchesOneOrMoreNodesInPathOrder() {
    assertEquals(
        List.of("root.ln.wf01.wt01.status", "root.ln.wf02.status", "root.ln.wf02.wt02.status"),
        series("root.**.status"));
    assertEquals(6, series("root.**").size());
    // '**' needs at least one node: root.ln.wf02.** does not match root.ln.wf02 itself
    assertEquals(
        List.of("root.ln.wf02.status", "root.ln.wf02.wt02.hardware", "root.ln.wf02.wt02.status"),
        series("root.ln.wf02.**"));
  }

  @Test
  void globInsideANodeName() {
    assertEquals(
        List.of(
            "root.ln.wf01.wt01.status", "root.ln.wf01.wt01.temperature", "root.ln.wf02.wt02.status"),
        series("root.ln.wf0*.wt0*.*at*"));
    assertEquals(List.of("root.ln.wf02.wt02.hardware"), series("root.**.h*"));
  }

  @Test
  void aliasMatchesInTheLastNodeAndResultsCarryTheRealPath() {
    engine.createTimeseries(
        PartialPath.parse("root.ln.wf01.wt01.speed"),
        new MeasurementDefinition("speed", DataType.DOUBLE, null, null, "velocity", Map.of(), Map.of()));
    assertEquals(List.of("root.ln.wf01.wt01.speed"), series("root.ln.wf01.wt01.velocity"));
    assertEquals(List.of("root.ln.wf01.wt01.speed"), series("root.**.velo*"));
    SeriesInfo byAlias = engine.seriesAt(PartialPath.parse("root.ln.wf01.wt01.velocity")).orElseThrow();
    assertEquals("velocity", byAlias.alias());
    assertEquals(PartialPath.parse("root.ln.wf01.wt01.speed"), byAlias.path());
    // speed matches by name and by alias at once and is still listed once
    assertEquals(
        List.of("root.ln.wf01.wt01.speed", "root.ln.wf01.wt01.temperature"),
        series("root.ln.wf01.wt01.*e*"));
  }

  @Test
  void offsetAndLimitPageThroughTheOrderedResult() {
    List<String> all = series("root.**");
    List<SeriesInfo> page =
        engine.series(PathPattern.parse("root.**"), List.of(), 2, 3);
    assertEquals(all.subList(2, 5), page.stream().map(s -> s.path().toString()).collect(Collectors.toList()));
    assertEquals(List.of(), engine.series(PathPattern.parse("root.**"), List.of(), 10, 3));
  }

  @Test
  void devicesAndCounts() {
    List<DeviceInfo> devices = engine.devices(PathPattern.parse("root.**"), 0, 0);
    assertEquals(
        List.of("root.ln.wf01.wt01", "root.ln.wf02", "root.ln.wf02.wt02", "root.sg.a.d1"),
        devices.stream().map(d -> d.path().toString()).collect(Collectors.toList()));
    assertEquals(PartialPath.parse("root.sg.a"), devices.get(3).database());
    assertEquals(4, engine.countDevices(PathPattern.parse("root.**")));
    assertEquals(2, engine.countDevices(PathPattern.parse("root.ln.*.*")));
    assertEquals(6, engine.countTimeseries(PathPattern.parse("root.**"), List.of()));
    assertEquals(1, engine.devices(PathPattern.parse("root.**"), 1, 1).size());
    assertEquals("root.ln.wf02", engine.devices(PathPattern.parse("root.**"), 1, 1).get(0).path().toString());
  }

  @Test
  void childPathsCarryNodeTypes() {
    List<String> children =
        engine.childPaths(PathPattern.parse("root.ln.wf02")).stream()
            .map(pair -> pair[0] + ":" + pair[1])
            .collect(Collectors.toList());
    assertEquals(List.of("root.ln.wf02.status:TIMESERIES", "root.ln.wf02.wt02:DEVICE"), children);
    List<String> top =
        engine.childPaths(PathPattern.parse("root")).stream()
            .map(pair -> pair[0] + ":" + pair[1])
            .collect(Collectors.toList());
    assertEquals(List.of("root.ln:DATABASE", "root.sg:INTERNAL"), top);
    assertEquals(List.of("wf01", "wf02"), engine.childNodes(PathPattern.parse("root.ln")));
    assertEquals(List.of("status", "wt01", "wt02"), engine.childNodes(PathPattern.parse("root.ln.*")));
  }

  @Test
  void nodesAtLevelCutMatchingPaths() {
    assertEquals(
        List.of(PartialPath.parse("root.ln.wf01"), PartialPath.parse("root.ln.wf02"), PartialPath.parse("root.sg.a")),
        engine.nodesAtLevel(PathPattern.parse("root.**"), 2));
    assertEquals(
        List.of(PartialPath.parse("root.ln.wf01")),
        engine.nodesAtLevel(PathPattern.parse("root.**.temperature"), 2));
    assertEquals(
        List.of(PartialPath.parse("root.ln"), PartialPath.parse("root.sg")),
        engine.nodesAtLevel(PathPattern.parse("root.*"), 1));
  }

  /**
   * The walk must select exactly what {@link PathPattern#matches} (the reference in common)
   * accepts among all series, by name or by alias, for random trees and random patterns.
   */
  @Test
  void walkAgreesWithPathPatternOnRandomTreesAndPatterns() {
    engine.close();
    engine =
        new FileSchemaEngine(SchemaConfig.builder().sync(false).build(), dir.resolve("random"));
    Random random = new Random(42);
    String[] names = {"a", "b", "ab", "ba", "c1", "d"};
    Map<PartialPath, PartialPath> aliasPaths = new java.util.HashMap<>();
    List<PartialPath> all = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int depth = 3 + random.nextInt(4);
      List<String> nodes = new ArrayList<>(List.of("root", "db" + random.nextInt(3)));
      for (int d = 2; d < depth; d++) {
        nodes.add(names[random.nextInt(names.length)]);
      }
      PartialPath path = PartialPath.of(nodes);
      String alias = random.nextInt(4) == 0 ? names[random.nextInt(names.length)] + "x" : null;
      try {
        engine.createTimeseries(
            path,
            new MeasurementDefinition(path.lastNode(), DataType.INT64, null, null, alias, Map.of(), Map.of()));
        all.add(path);
        if (alias != null) {
          aliasPaths.put(path, path.devicePath().append(alias));
        }
      } catch (org.orrery.common.error.OrreryException e) {
        // a prefix is already a series, the path exists, or the alias is taken: skip it
      }
    }
    assertTrue(all.size() > 100, "enough series created: " + all.size());
    assertTrue(aliasPaths.size() > 10, "enough aliases: " + aliasPaths.size());
    String[] patternNodes = {"*", "**", "a", "b*", "*b", "c1", "d", "db1", "db*", "ax", "*x"};
    for (int k = 0; k < 400; k++) {
      int length = 1 + random.nextInt(5);
      List<String> nodes = new ArrayList<>(List.of("root"));
      for (int i = 0; i < length; i++) {
        nodes.add(patternNodes[random.nextInt(patternNodes.length)]);
      }
      PathPattern pattern = PathPattern.of(PartialPath.of(nodes));
      List<PartialPath> expected =
          all.stream()
              .filter(p -> pattern.matches(p) || (aliasPaths.containsKey(p) && pattern.matches(aliasPaths.get(p))))
              .sorted()
              .collect(Collectors.toList());
      List<PartialPath> actual =
          engine.series(pattern, List.of(), 0, 0).stream().map(SeriesInfo::path).collect(Collectors.toList());
      assertEquals(expected, actual, "pattern " + pattern);
      assertEquals(expected.size(), engine.countTimeseries(pattern, List.of()), "count " + pattern);
      List<PartialPath> expectedDevices =
          all.stream()
              .map(PartialPath::devicePath)
              .distinct()
              .filter(pattern::matches)
              .sorted()
              .collect(Collectors.toList());
      List<PartialPath> actualDevices =
          engine.devices(pattern, 0, 0).stream().map(DeviceInfo::path).collect(Collectors.toList());
      assertEquals(expectedDevices, actualDevices, "devices " + pattern);
    }
  }
}
