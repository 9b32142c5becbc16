package org.orrery.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
import org.orrery.engine.schema.DatabaseInfo;
import org.orrery.engine.schema.MeasurementDefinition;

class DatabaseRulesTest {
  @TempDir Path dir;
  private FileSchemaEngine engine;

  @BeforeEach
  void open() {
    engine =
        new FileSchemaEngine(
            SchemaConfig.builder().sync(false).timePartitionMillis(3_600_000L).build(), dir);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private static PartialPath p(String text) {
    return PartialPath.parse(text);
  }

  @Test
  void createdDatabaseHasNoTtlAndTheConfiguredPartitionWidth() {
    DatabaseInfo info = engine.createDatabase(p("root.sg.a"));
    assertEquals(p("root.sg.a"), info.path());
    assertFalse(info.hasTtl());
    assertEquals(3_600_000L, info.timePartitionMillis());
    assertEquals(List.of(info), engine.databases(PathPattern.parse("root.**")));
  }

  @Test
  void defaultPartitionWidthIsSevenDays() {
    assertEquals(7L * 24 * 3600 * 1000, SchemaConfig.defaults().timePartitionMillis());
  }

  @Test
  void sameDatabaseTwiceIsRejected() {
    engine.createDatabase(p("root.sg"));
    OrreryException e = assertThrows(OrreryException.class, () -> engine.createDatabase(p("root.sg")));
    assertEquals(ErrorCode.DATABASE_ALREADY_EXISTS, e.code());
    assertEquals("root.sg has already been created as database", e.getMessage());
  }

  @Test
  void databaseBelowADatabaseIsRejectedNamingTheExistingOne() {
    engine.createDatabase(p("root.sg"));
    OrreryException e =
        assertThrows(OrreryException.class, () -> engine.createDatabase(p("root.sg.inner")));
    assertEquals(ErrorCode.DATABASE_ALREADY_EXISTS, e.code());
    assertTrue(e.getMessage().startsWith("root.sg "), e.getMessage());
  }

  @Test
  void databaseAboveADatabaseIsRejected() {
    engine.createDatabase(p("root.a.b.c"));
    OrreryException e = assertThrows(OrreryException.class, () -> engine.createDatabase(p("root.a")));
    assertEquals(ErrorCode.DATABASE_ALREADY_EXISTS, e.code());
    assertEquals("some children of root.a have already been created as database", e.getMessage());
    // a sibling branch is fine
    engine.createDatabase(p("root.a.x"));
    assertEquals(2, engine.databases(PathPattern.parse("root.**")).size());
  }

  @Test
  void rootAndWildcardsCannotBeDatabases() {
    assertEquals(
        ErrorCode.ILLEGAL_ARGUMENT,
        assertThrows(OrreryException.class, () -> engine.createDatabase(p("root"))).code());
    assertEquals(
        ErrorCode.ILLEGAL_ARGUMENT,
        assertThrows(OrreryException.class, () -> engine.createDatabase(p("root.*"))).code());
  }

  @Test
  void databaseOfFindsTheDatabaseOnThePath() {
    engine.createDatabase(p("root.sg"));
    assertEquals(p("root.sg"), engine.databaseOf(p("root.sg.d1.s1")).orElseThrow().path());
    assertEquals(p("root.sg"), engine.databaseOf(p("root.sg")).orElseThrow().path());
    assertTrue(engine.databaseOf(p("root.other.d1")).isEmpty());
  }

  @Test
  void dropByPatternRemovesSeriesAndEmptyInternalNodes() {
    engine.createDatabase(p("root.x.a"));
    engine.createDatabase(p("root.x.b"));
    engine.createDatabase(p("root.y"));
    engine.createTimeseries(p("root.x.a.d.s"), MeasurementDefinition.of("s", DataType.INT32));
    engine.createTimeseries(p("root.x.b.d.s"), MeasurementDefinition.of("s", DataType.INT32));
    List<DatabaseInfo> dropped = engine.dropDatabases(PathPattern.parse("root.x.*"));
    assertEquals(
        List.of(p("root.x.a"), p("root.x.b")),
        dropped.stream().map(DatabaseInfo::path).collect(Collectors.toList()));
    assertEquals(0, engine.countTimeseries(PathPattern.parse("root.**"), List.of()));
    // root.x held only the dropped databases, so it is gone too
    assertEquals(List.of("y"), engine.childNodes(PathPattern.parse("root")));
    engine.createDatabase(p("root.x"));
  }

  @Test
  void dropOrTtlOfNothingIsAnError() {
    assertEquals(
        ErrorCode.DATABASE_NOT_FOUND,
        assertThrows(OrreryException.class, () -> engine.dropDatabases(PathPattern.parse("root.none")))
            .code());
    assertEquals(
        ErrorCode.DATABASE_NOT_FOUND,
        assertThrows(OrreryException.class, () -> engine.setTtl(PathPattern.parse("root.none"), 5))
            .code());
  }

  @Test
  void ttlIsSetPerDatabaseAndCanBeUnset() {
    engine.createDatabase(p("root.a"));
    engine.createDatabase(p("root.b"));
    List<DatabaseInfo> changed = engine.setTtl(PathPattern.parse("root.a"), 86_400_000L);
    assertEquals(86_400_000L, changed.get(0).ttlMillis());
    assertEquals(86_400_000L, engine.databaseOf(p("root.a.d.s")).orElseThrow().ttlMillis());
    assertFalse(engine.databaseOf(p("root.b")).orElseThrow().hasTtl());
    engine.setTtl(PathPattern.parse("root.*"), DatabaseInfo.NO_TTL);
    assertFalse(engine.databaseOf(p("root.a")).orElseThrow().hasTtl());
    assertEquals(
        ErrorCode.ILLEGAL_ARGUMENT,
        assertThrows(OrreryException.class, () -> engine.setTtl(PathPattern.parse("root.a"), 0)).code());
  }

  @Test
  void seriesNeedADatabaseWhenAutoCreationIsOff() {
    engine.close();
    engine = new FileSchemaEngine(SchemaConfig.builder().sync(false).autoCreateSchema(false).build(), dir.resolve("off"));
    OrreryException e =
        assertThrows(
            OrreryException.class,
            () -> engine.createTimeseries(p("root.sg.d.s"), MeasurementDefinition.of("s", DataType.INT32)));
    assertEquals(ErrorCode.DATABASE_NOT_FOUND, e.code());
    assertTrue(e.getMessage().contains("root.sg.d.s"), e.getMessage());
    assertTrue(engine.autoCreateDatabaseLevel().isEmpty());
  }

  @Test
  void autoCreatedDatabaseSitsAtTheConfiguredLevel() {
    engine.close();
    engine = new FileSchemaEngine(SchemaConfig.builder().sync(false).defaultDatabaseLevel(2).build(), dir.resolve("l2"));
    engine.createTimeseries(p("root.a.b.c.s"), MeasurementDefinition.of("s", DataType.INT32));
    assertEquals(p("root.a.b"), engine.databaseOf(p("root.a.b.c.s")).orElseThrow().path());
    assertEquals(2, engine.autoCreateDatabaseLevel().getAsInt());
    // too short for a level-2 database
    assertEquals(
        ErrorCode.DATABASE_NOT_FOUND,
        assertThrows(
                OrreryException.class,
                () -> engine.createTimeseries(p("root.z.s"), MeasurementDefinition.of("s", DataType.INT32)))
            .code());
  }
}
