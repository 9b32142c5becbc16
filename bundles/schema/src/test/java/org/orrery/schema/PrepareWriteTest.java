package org.orrery.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import org.orrery.engine.schema.SchemaEngine.LiteralKind;
import org.orrery.engine.schema.WriteSchema;

class PrepareWriteTest {
  @TempDir Path dir;
  private FileSchemaEngine engine;

  @BeforeEach
  void open() {
    engine = new FileSchemaEngine(SchemaConfig.builder().sync(false).build(), dir);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private WriteSchema write(String device, List<String> names, List<DataType> types, boolean aligned) {
    return engine.prepareWrite(PartialPath.parse(device), names, types, aligned);
  }

  @Test
  void firstWriteCreatesDatabaseAtLevelOneAndTypedSeries() {
    WriteSchema result =
        write(
            "root.ln.wf01.wt01",
            List.of("temperature", "status", "note"),
            List.of(DataType.DOUBLE, DataType.BOOLEAN, DataType.TEXT),
            false);
    assertTrue(result.allAccepted());
    assertEquals(PartialPath.parse("root.ln"), result.database().path());
    assertFalse(result.aligned());
    assertEquals(DataType.DOUBLE, result.series().get(0).type());
    assertEquals("GORILLA", result.series().get(0).encoding());
    assertEquals(DataType.BOOLEAN, result.series().get(1).type());
    assertEquals(PartialPath.parse("root.ln.wf01.wt01.note"), result.series().get(2).path());
    assertEquals(3, engine.countTimeseries(PathPattern.parse("root.**"), List.of()));
    // the second write finds everything and creates nothing
    WriteSchema again =
        write("root.ln.wf01.wt01", List.of("status"), List.of(DataType.BOOLEAN), false);
    assertTrue(again.allAccepted());
    assertEquals(3, engine.countTimeseries(PathPattern.parse("root.**"), List.of()));
  }

  @Test
  void literalsInferTypesLikeIoTdb() {
    assertEquals(DataType.DOUBLE, engine.inferType(LiteralKind.INTEGER));
    assertEquals(DataType.DOUBLE, engine.inferType(LiteralKind.FLOATING));
    assertEquals(DataType.BOOLEAN, engine.inferType(LiteralKind.BOOLEAN));
    assertEquals(DataType.TEXT, engine.inferType(LiteralKind.STRING));
    assertEquals(1, engine.autoCreateDatabaseLevel().getAsInt());
    engine.close();
    engine =
        new FileSchemaEngine(
            SchemaConfig.builder()
                .sync(false)
                .integerLiteralType(DataType.INT64)
                .floatingLiteralType(DataType.FLOAT)
                .build(),
            dir.resolve("typed"));
    assertEquals(DataType.INT64, engine.inferType(LiteralKind.INTEGER));
    assertEquals(DataType.FLOAT, engine.inferType(LiteralKind.FLOATING));
  }

  @Test
  void typeConflictRejectsOnlyItsColumn() {
    write("root.sg.d", List.of("i", "f"), List.of(DataType.INT32, DataType.FLOAT), false);
    WriteSchema result =
        write(
            "root.sg.d",
            List.of("i", "f", "new"),
            List.of(DataType.TEXT, DataType.FLOAT, DataType.INT64),
            false);
    assertFalse(result.accepted(0));
    assertNull(result.series().get(0));
    OrreryException error = result.errors().get(0);
    assertEquals(ErrorCode.TYPE_MISMATCH, error.code());
    assertTrue(error.getMessage().contains("root.sg.d.i"), error.getMessage());
    assertTrue(error.getMessage().contains("INT32"), error.getMessage());
    assertTrue(error.getMessage().contains("TEXT"), error.getMessage());
    assertTrue(result.accepted(1));
    assertTrue(result.accepted(2));
    assertEquals(DataType.INT64, result.series().get(2).type());
    assertFalse(result.allAccepted());
  }

  /** IoTDB 1.3's compatibility table, row by row. */
  @Test
  void compatibleWrittenTypesAreAccepted() {
    DataType[] all = DataType.values();
    for (DataType series : all) {
      String name = "s_" + series.name().toLowerCase();
      write("root.compat.d", List.of(name), List.of(series), false);
    }
    String[][] accepted = {
      {"BOOLEAN", "BOOLEAN"},
      {"INT32", "INT32"},
      {"INT64", "INT32 INT64 TIMESTAMP"},
      {"FLOAT", "INT32 FLOAT"},
      {"DOUBLE", "INT32 INT64 FLOAT DOUBLE TIMESTAMP"},
      {"TEXT", "TEXT STRING"},
      {"STRING", "TEXT STRING"},
      {"BLOB", "TEXT STRING BLOB"},
      {"TIMESTAMP", "INT32 INT64 TIMESTAMP"},
      {"DATE", "DATE"},
    };
    for (String[] row : accepted) {
      List<String> ok = Arrays.asList(row[1].split(" "));
      for (DataType written : all) {
        WriteSchema result =
            write("root.compat.d", List.of("s_" + row[0].toLowerCase()), List.of(written), false);
        assertEquals(
            ok.contains(written.name()), result.accepted(0), row[0] + " series, " + written + " written");
        if (result.accepted(0)) {
          assertEquals(DataType.valueOf(row[0]), result.series().get(0).type());
        }
      }
    }
  }

  @Test
  void alignedWritesCreateAlignedDevicesAndMismatchIsAnError() {
    WriteSchema aligned = write("root.sg.gps", List.of("lat"), List.of(DataType.DOUBLE), true);
    assertTrue(aligned.aligned());
    assertTrue(aligned.series().get(0).aligned());
    OrreryException e =
        assertThrows(
            OrreryException.class,
            () -> write("root.sg.gps", List.of("lat"), List.of(DataType.DOUBLE), false));
    assertEquals(ErrorCode.SEMANTIC_ERROR, e.code());
    assertTrue(e.getMessage().contains("root.sg.gps"), e.getMessage());
    write("root.sg.plain", List.of("x"), List.of(DataType.DOUBLE), false);
    assertThrows(
        OrreryException.class, () -> write("root.sg.plain", List.of("y"), List.of(DataType.DOUBLE), true));
  }

  @Test
  void withoutAutoCreationMissingSeriesAreRejectedPerColumn() {
    engine.close();
    engine =
        new FileSchemaEngine(
            SchemaConfig.builder().sync(false).autoCreateSchema(false).build(), dir.resolve("off"));
    assertEquals(
        ErrorCode.DATABASE_NOT_FOUND,
        assertThrows(
                OrreryException.class,
                () -> write("root.sg.d", List.of("s"), List.of(DataType.DOUBLE), false))
            .code());
    engine.createDatabase(PartialPath.parse("root.sg"));
    engine.createTimeseries(PartialPath.parse("root.sg.d.s"), MeasurementDefinition.of("s", DataType.DOUBLE));
    WriteSchema result =
        write("root.sg.d", List.of("s", "missing"), List.of(DataType.DOUBLE, DataType.DOUBLE), false);
    assertTrue(result.accepted(0));
    assertEquals(ErrorCode.PATH_NOT_FOUND, result.errors().get(1).code());
    assertTrue(result.errors().get(1).getMessage().contains("root.sg.d.missing"));
    assertEquals(1, engine.countTimeseries(PathPattern.parse("root.**"), List.of()));
  }

  @Test
  void badColumnsAreRejectedAloneAndAliasesResolve() {
    engine.createTimeseries(
        PartialPath.parse("root.sg.d.speed"),
        new MeasurementDefinition("speed", DataType.DOUBLE, null, null, "v", java.util.Map.of(), java.util.Map.of()));
    WriteSchema result =
        write(
            "root.sg.d",
            Arrays.asList("v", "a", "a", "", "untyped"),
            Arrays.asList(DataType.DOUBLE, DataType.INT32, DataType.INT32, DataType.INT32, null),
            false);
    assertEquals(PartialPath.parse("root.sg.d.speed"), result.series().get(0).path());
    assertTrue(result.accepted(1));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, result.errors().get(2).code());
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, result.errors().get(3).code());
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, result.errors().get(4).code());
    assertTrue(engine.seriesAt(PartialPath.parse("root.sg.d.untyped")).isEmpty());
  }

  @Test
  void concurrentWritersCreateEachSeriesOnce() throws Exception {
    int threads = 4;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  int accepted = 0;
                  for (int d = 0; d < 50; d++) {
                    WriteSchema w =
                        write("root.c.d" + d, List.of("a", "b"), List.of(DataType.DOUBLE, DataType.INT64), false);
                    accepted += w.allAccepted() ? 1 : 0;
                  }
                  return accepted;
                }));
      }
      for (java.util.concurrent.Future<Integer> result : results) {
        assertEquals(50, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(100, engine.countTimeseries(PathPattern.parse("root.c.**"), List.of()));
    assertEquals(1, engine.databases(PathPattern.parse("root.*")).size());
  }

  @Test
  void writingToASeriesPathAsDeviceFails() {
    write("root.sg.d", List.of("s"), List.of(DataType.DOUBLE), false);
    OrreryException e =
        assertThrows(
            OrreryException.class,
            () -> write("root.sg.d.s", List.of("x"), List.of(DataType.DOUBLE), false));
    assertTrue(e.getMessage().contains("root.sg.d.s is a timeseries"), e.getMessage());
    WriteSchema result = write("root.sg", List.of("d"), List.of(DataType.DOUBLE), false);
    assertFalse(result.accepted(0));
  }
}
