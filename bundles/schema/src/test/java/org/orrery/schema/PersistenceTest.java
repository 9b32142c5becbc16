package org.orrery.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.DatabaseInfo;
import org.orrery.engine.schema.MeasurementDefinition;
import org.orrery.engine.schema.SeriesFilter;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.schema.TagChange;

/**
 * Recovery from snapshot and log. A "crash" is an engine that is dropped without {@code close()}:
 * its log entries were written to the file but no closing snapshot was taken.
 */
class PersistenceTest {
  @TempDir Path dir;

  private static final SchemaConfig NO_SYNC = SchemaConfig.builder().sync(false).build();

  private static PartialPath p(String text) {
    return PartialPath.parse(text);
  }

  private static void create(FileSchemaEngine engine, String path) {
    PartialPath series = p(path);
    engine.createTimeseries(series, MeasurementDefinition.of(series.lastNode(), DataType.INT64));
  }

  private static long count(FileSchemaEngine engine) {
    return engine.countTimeseries(PathPattern.parse("root.**"), List.of());
  }

  /** Builds a schema touching every kind of operation. */
  private static void buildEverything(FileSchemaEngine engine) {
    engine.createDatabase(p("root.sg"));
    engine.createDatabase(p("root.gone"));
    engine.setTtl(PathPattern.parse("root.sg"), 3_600_000L);
    engine.createTimeseries(
        p("root.sg.d.temp"),
        new MeasurementDefinition(
            "temp", DataType.FLOAT, "RLE", "SNAPPY", "t", Map.of("unit", "C"), Map.of("owner", "ops")));
    engine.createAlignedTimeseries(
        p("root.sg.gps"),
        List.of(MeasurementDefinition.of("lat", DataType.DOUBLE), MeasurementDefinition.of("lon", DataType.DOUBLE)));
    create(engine, "root.sg.d.removed");
    create(engine, "root.gone.d.s");
    engine.prepareWrite(p("root.auto.d"), List.of("x"), List.of(DataType.BOOLEAN), false);
    engine.deleteTimeseries(List.of(PathPattern.parse("root.sg.d.removed")));
    engine.dropDatabases(PathPattern.parse("root.gone"));
    engine.alterTimeseries(
        p("root.sg.d.temp"), new TagChange(TagChange.Action.ADD_TAGS, Map.of("room", "r1")), null, null);
  }

  private static void assertEverything(FileSchemaEngine engine) {
    assertEquals(4, count(engine));
    SeriesInfo temp = engine.seriesAt(p("root.sg.d.t")).orElseThrow();
    assertEquals(p("root.sg.d.temp"), temp.path());
    assertEquals(DataType.FLOAT, temp.type());
    assertEquals("RLE", temp.encoding());
    assertEquals("SNAPPY", temp.compression());
    assertEquals(Map.of("unit", "C", "room", "r1"), temp.tags());
    assertEquals(Map.of("owner", "ops"), temp.attributes());
    assertEquals(
        1,
        engine.countTimeseries(
            PathPattern.parse("root.**"), List.of(new SeriesFilter(SeriesFilter.Kind.TAG_EQUALS, "room", "r1"))));
    assertTrue(engine.seriesAt(p("root.sg.gps.lat")).orElseThrow().aligned());
    assertTrue(engine.seriesAt(p("root.sg.d.removed")).isEmpty());
    assertEquals(DataType.BOOLEAN, engine.seriesAt(p("root.auto.d.x")).orElseThrow().type());
    List<DatabaseInfo> databases = engine.databases(PathPattern.parse("root.*"));
    assertEquals(List.of(p("root.auto"), p("root.sg")), databases.stream().map(DatabaseInfo::path).toList());
    assertEquals(3_600_000L, databases.get(1).ttlMillis());
  }

  @Test
  void logReplayRestoresEveryKindOfChange() {
    buildEverything(new FileSchemaEngine(NO_SYNC, dir)); // crash: no close, no snapshot
    assertFalse(Files.exists(dir.resolve("schema.snapshot")));
    try (FileSchemaEngine reopened = new FileSchemaEngine(NO_SYNC, dir)) {
      assertEverything(reopened);
    }
  }

  @Test
  void snapshotThenLogRestoresEverything() {
    FileSchemaEngine engine = new FileSchemaEngine(SchemaConfig.defaults(), dir);
    buildEverything(engine);
    engine.snapshot();
    create(engine, "root.sg.after.snapshot");
    // crash
    try (FileSchemaEngine reopened = new FileSchemaEngine(NO_SYNC, dir)) {
      assertEquals(5, count(reopened));
      reopened.deleteTimeseries(List.of(PathPattern.parse("root.sg.after.snapshot")));
      assertEverything(reopened);
    }
    // closed cleanly: everything is in the closing snapshot, the new log is empty
    try (FileSchemaEngine again = new FileSchemaEngine(NO_SYNC, dir)) {
      assertEverything(again);
    }
    assertEquals(8, fileSize(dir.resolve("schema-3.log")));
  }

  @Test
  void periodicSnapshotsKeepTheLogShort() throws IOException {
    FileSchemaEngine engine =
        new FileSchemaEngine(SchemaConfig.builder().sync(false).snapshotIntervalOps(5).build(), dir);
    for (int i = 0; i < 23; i++) {
      create(engine, "root.sg.d.s" + i);
    }
    assertTrue(Files.exists(dir.resolve("schema.snapshot")));
    long logs;
    try (var files = Files.list(dir)) {
      logs = files.filter(f -> f.getFileName().toString().endsWith(".log")).count();
    }
    assertEquals(1, logs, "older logs are deleted after each snapshot");
    try (FileSchemaEngine reopened = new FileSchemaEngine(NO_SYNC, dir)) {
      assertEquals(23, count(reopened));
    }
  }

  @Test
  void tornTailIsCutAndLaterChangesSurvive() throws IOException {
    FileSchemaEngine engine = new FileSchemaEngine(NO_SYNC, dir);
    engine.createDatabase(p("root.sg"));
    create(engine, "root.sg.d.s1");
    create(engine, "root.sg.d.s2");
    Path log = dir.resolve("schema-1.log");
    long[] ends = entryEnds(log);
    assertEquals(3, ends.length);
    truncate(log, fileSize(log) - 3); // the last entry loses its final bytes
    FileSchemaEngine reopened = new FileSchemaEngine(NO_SYNC, dir);
    assertEquals(1, count(reopened));
    assertTrue(reopened.seriesAt(p("root.sg.d.s1")).isPresent());
    assertEquals(ends[1], fileSize(log), "the torn entry was cut off");
    create(reopened, "root.sg.d.s3");
    // crash again
    try (FileSchemaEngine third = new FileSchemaEngine(NO_SYNC, dir)) {
      assertEquals(2, count(third));
      assertTrue(third.seriesAt(p("root.sg.d.s3")).isPresent());
    }
  }

  @Test
  void corruptEntryDropsItAndEverythingAfter() throws IOException {
    FileSchemaEngine engine = new FileSchemaEngine(NO_SYNC, dir);
    engine.createDatabase(p("root.sg"));
    create(engine, "root.sg.d.s1");
    create(engine, "root.sg.d.s2");
    create(engine, "root.sg.d.s3");
    Path log = dir.resolve("schema-1.log");
    long[] ends = entryEnds(log);
    flipByte(log, ends[1] + 12); // inside the payload of the third entry (s2)
    try (FileSchemaEngine reopened = new FileSchemaEngine(NO_SYNC, dir)) {
      assertEquals(1, count(reopened));
      assertTrue(reopened.seriesAt(p("root.sg.d.s1")).isPresent());
      assertTrue(reopened.seriesAt(p("root.sg.d.s3")).isEmpty());
      assertEquals(ends[1], fileSize(log));
    }
  }

  @Test
  void garbageLengthIsTreatedAsATornTail() throws IOException {
    FileSchemaEngine engine = new FileSchemaEngine(NO_SYNC, dir);
    engine.createDatabase(p("root.sg"));
    create(engine, "root.sg.d.s1");
    Path log = dir.resolve("schema-1.log");
    long end = fileSize(log);
    Files.write(log, new byte[] {0x7F, 0, 0, 0, 1, 2, 3, 4, 5}, java.nio.file.StandardOpenOption.APPEND);
    try (FileSchemaEngine reopened = new FileSchemaEngine(NO_SYNC, dir)) {
      assertEquals(1, count(reopened));
      assertEquals(end, fileSize(log));
    }
  }

  @Test
  void damagedSnapshotOrForeignFilesFailLoudly() throws IOException {
    FileSchemaEngine engine = new FileSchemaEngine(NO_SYNC, dir);
    create(engine, "root.sg.d.s1");
    engine.close();
    flipByte(dir.resolve("schema.snapshot"), 30);
    OrreryException e = assertThrows(OrreryException.class, () -> new FileSchemaEngine(NO_SYNC, dir));
    assertEquals(ErrorCode.CORRUPT_FILE, e.code());
    assertTrue(e.getMessage().contains("schema.snapshot"), e.getMessage());

    Path other = dir.resolve("other");
    Files.createDirectories(other);
    Files.write(other.resolve("schema-1.log"), "not a schema log at all".getBytes());
    OrreryException magic = assertThrows(OrreryException.class, () -> new FileSchemaEngine(NO_SYNC, other));
    assertEquals(ErrorCode.CORRUPT_FILE, magic.code());
  }

  @Test
  void leftoversOfAnInterruptedSnapshotAreResolved() throws IOException {
    FileSchemaEngine engine = new FileSchemaEngine(NO_SYNC, dir);
    create(engine, "root.sg.d.s1");
    byte[] oldLog = Files.readAllBytes(dir.resolve("schema-1.log"));
    engine.snapshot(); // snapshot says: continue with schema-2.log
    create(engine, "root.sg.d.s2");
    // crash after the snapshot but before the old log was deleted, and an empty next log
    Files.write(dir.resolve("schema-1.log"), oldLog);
    Files.write(dir.resolve("schema-3.log"), ByteBuffer.allocate(8).putInt(0x4F52534C).putInt(1).array());
    try (FileSchemaEngine reopened = new FileSchemaEngine(NO_SYNC, dir)) {
      assertEquals(2, count(reopened));
    }
    assertFalse(Files.exists(dir.resolve("schema-1.log")));
    // a log that does not follow the snapshot is refused
    Files.write(dir.resolve("schema-9.log"), oldLog);
    assertEquals(
        ErrorCode.CORRUPT_FILE,
        assertThrows(OrreryException.class, () -> new FileSchemaEngine(NO_SYNC, dir)).code());
  }

  @Test
  void syncModeWritesDurablyAndReopens() {
    FileSchemaEngine engine = new FileSchemaEngine(SchemaConfig.defaults(), dir);
    create(engine, "root.sg.d.s1");
    try (FileSchemaEngine reopened = new FileSchemaEngine(SchemaConfig.defaults(), dir)) {
      assertEquals(1, count(reopened));
    }
  }

  // ---- helpers reading the documented log layout (FORMAT.md)

  /** End offsets of the entries of a log: header 8 bytes, entries [length][crc][payload]. */
  private static long[] entryEnds(Path log) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(log));
    List<Long> ends = new java.util.ArrayList<>();
    int at = 8;
    while (at < bytes.limit()) {
      at += 8 + bytes.getInt(at);
      ends.add((long) at);
    }
    return ends.stream().mapToLong(Long::longValue).toArray();
  }

  private static long fileSize(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void truncate(Path file, long size) throws IOException {
    try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(size);
    }
  }

  private static void flipByte(Path file, long offset) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[(int) offset] ^= 0x5A;
    Files.write(file, bytes);
  }
}
