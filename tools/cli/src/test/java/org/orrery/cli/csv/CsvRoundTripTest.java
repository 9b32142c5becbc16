package org.orrery.cli.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.cli.FakeLink;
import org.orrery.cli.FakeRows;
import org.orrery.cli.result.TimeFormat;
import org.orrery.cli.result.ValueText;
import org.orrery.cli.server.DeviceBatch;
import org.orrery.cli.server.StatementFailure;
import org.orrery.cli.server.StatementOutcome;
import org.orrery.common.type.DataType;

class CsvRoundTripTest {
  @TempDir Path dir;
  private final StringWriter errors = new StringWriter();
  private final PrintWriter err = new PrintWriter(errors, true);
  private final CsvValues values = new CsvValues(ZoneOffset.UTC);
  private final ValueText epoch = new ValueText(TimeFormat.EPOCH, ZoneOffset.UTC);

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void wideTypedFileSurvivesImportThenExport() throws Exception {
    String original = String.join("\n",
        "Time,root.sg.d1.s1(INT32),root.sg.d1.s2(TEXT),root.sg.`d 2#x`.s1(DOUBLE)",
        "1000,1,\"a,b\",1.5",
        "2000,,\"\",2.5",
        "3000,3,plain,",
        "");
    StoreLink store = new StoreLink();
    CsvImporter.Summary summary = new CsvImporter(store, values, 2, false, err)
        .importFile(write("in data #1.csv", original), Progress.NONE);
    assertEquals(3, summary.rows());
    assertTrue(summary.clean(), errors.toString());
    // d1 fills a batch of 2 rows first; the device with a space and '#' keeps its backquotes
    assertEquals("root.sg.d1", store.batches.get(0).device());
    assertEquals(List.of(DataType.INT32, DataType.TEXT), store.batches.get(0).types());
    assertArrayEquals(new Object[] {1, null}, store.batches.get(0).values()[0]);
    assertArrayEquals(new Object[] {"a,b", ""}, store.batches.get(0).values()[1]);
    assertEquals("root.sg.`d 2#x`", store.batches.get(1).device());

    Path exported = dir.resolve("out/dump0.csv");
    long rows = new CsvExporter(store, epoch, true).export("select * from root.**", exported, Progress.NONE);
    assertEquals(3, rows);
    assertEquals(original, Files.readString(exported));
  }

  @Test
  void byDeviceLayoutInfersTypesPerDeviceAndLeavesOutEmptyColumns() throws Exception {
    String csv = String.join("\r\n",
        "Time,Device,s1,s2",
        "1970-01-01T00:00:01.000Z,root.sg.d1,1,true",
        "1000,root.sg.d2,2.5,",
        "2000,root.sg.d1,3,FALSE",
        "");
    FakeLink link = new FakeLink();
    CsvImporter.Summary summary = new CsvImporter(link, values, 100, true, err)
        .importFile(write("by-device.csv", csv), Progress.NONE);
    assertEquals(3, summary.rows());
    assertEquals(2, link.inserted.size());
    DeviceBatch d1 = link.inserted.get(0);
    assertEquals("root.sg.d1", d1.device());
    assertTrue(d1.aligned());
    assertEquals(List.of("s1", "s2"), d1.measurements());
    assertEquals(List.of(DataType.INT64, DataType.BOOLEAN), d1.types());
    assertArrayEquals(new long[] {1000, 2000}, Arrays.copyOf(d1.times(), d1.rowCount()));
    assertArrayEquals(new Object[] {1L, 3L}, d1.values()[0]);
    assertArrayEquals(new Object[] {true, false}, d1.values()[1]);
    DeviceBatch d2 = link.inserted.get(1);
    assertEquals(List.of("s1"), d2.measurements());
    assertEquals(List.of(DataType.DOUBLE), d2.types());
    assertArrayEquals(new Object[] {2.5}, d2.values()[0]);
  }

  @Test
  void badLinesAndValuesAreReportedWithLineNumbersAndSkipped() throws Exception {
    String csv = String.join("\n",
        "Time,root.sg.d1.s1(INT64),root.sg.d1.s2",
        "1,10,x",
        "yesterday,11,y",
        "3,12",
        "4,thirteen,z",
        "");
    FakeLink link = new FakeLink();
    CsvImporter.Summary summary = new CsvImporter(link, values, 100, false, err)
        .importFile(write("bad.csv", csv), Progress.NONE);
    assertEquals(2, summary.rows());
    assertEquals(2, summary.failedLines());
    assertEquals(1, summary.failedCells());
    assertFalse(summary.clean());
    assertEquals(String.join("\n",
        "line 3: not a timestamp: 'yesterday'",
        "line 4: expected 3 fields, found 2",
        "line 5, root.sg.d1.s1: 'thirteen' is not a INT64",
        ""), errors.toString().replace(System.lineSeparator(), "\n"));
    DeviceBatch batch = link.inserted.get(0);
    assertArrayEquals(new Object[] {10L, null}, batch.values()[0]);
    assertArrayEquals(new Object[] {"x", "z"}, batch.values()[1]);
  }

  @Test
  void rejectedBatchIsReportedAndTheImportGoesOn() throws Exception {
    FakeLink link = new FakeLink();
    link.insertFailure = new StatementFailure(404, "type mismatch: root.sg.d1.s1 is BOOLEAN");
    CsvImporter.Summary summary = new CsvImporter(link, values, 100, false, err)
        .importFile(write("x.csv", "Time,root.sg.d1.s1\n1,1\n2,2\n"), Progress.NONE);
    assertEquals(1, summary.rejectedBatches());
    assertEquals("lines 2-3, device root.sg.d1: Msg: 404: type mismatch: root.sg.d1.s1 is BOOLEAN\n",
        errors.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void headerMustBeAnIotdbLayout() throws Exception {
    CsvImporter importer = new CsvImporter(new FakeLink(), values, 10, false, err);
    assertEquals("line 1: the first column must be 'Time', found 'ts'",
        assertThrows(CsvFormatException.class, () -> importer.importFile(write("a.csv", "ts,root.sg.d1.s1\n"), Progress.NONE))
            .getMessage());
    assertTrue(assertThrows(CsvFormatException.class,
        () -> importer.importFile(write("b.csv", "Time,root.sg.d1.s1(DECIMAL)\n"), Progress.NONE))
        .getMessage().contains("unknown type"));
    assertTrue(assertThrows(CsvFormatException.class,
        () -> importer.importFile(write("c.csv", "Time,s1\n"), Progress.NONE))
        .getMessage().contains("not a series path"));
  }

  @Test
  void exportOfAlignByDeviceResultKeepsTheDeviceColumnUntyped() throws Exception {
    FakeLink link = new FakeLink().answer("select * from root.sg.** align by device", () -> StatementOutcome.ofRows(
        new FakeRows(true, List.of("Device", "s1"), List.of(DataType.TEXT, DataType.FLOAT))
            .row(1, "root.sg.d1".getBytes(StandardCharsets.UTF_8), 0.5f)
            .row(1, "root.sg.d2".getBytes(StandardCharsets.UTF_8), null)));
    Path target = dir.resolve("dev.csv");
    new CsvExporter(link, new ValueText(TimeFormat.ISO, ZoneOffset.UTC), true)
        .export("select * from root.sg.** align by device", target, Progress.NONE);
    assertEquals(String.join("\n",
        "Time,Device,s1(FLOAT)",
        "1970-01-01T00:00:00.001+00:00,root.sg.d1,0.5",
        "1970-01-01T00:00:00.001+00:00,root.sg.d2,",
        ""), Files.readString(target));
  }

  @Test
  void readerHandlesQuotedLineBreaksCrLfAndBom() throws Exception {
    CsvReader reader = new CsvReader(new StringReader("\uFEFFa,\"b\r\nc\",\"\"\r\n\r\n,\"x\"\"y\"\n"));
    assertEquals(Arrays.asList("a", "b\r\nc", ""), reader.next());
    assertEquals(1, reader.recordLine());
    assertEquals(Arrays.asList(null, "x\"y"), reader.next());
    assertEquals(4, reader.recordLine());
    assertNull(reader.next());
    CsvReader open = new CsvReader(new StringReader("a,\"never closed\n"));
    assertEquals("line 1: quoted field is never closed",
        assertThrows(CsvFormatException.class, open::next).getMessage());
  }

  @Test
  void valuesParseEveryTypeAndInferenceWidens() {
    assertEquals(DataType.BOOLEAN, CsvValues.inferType("TRUE"));
    assertEquals(DataType.INT64, CsvValues.inferType("-12"));
    assertEquals(DataType.DOUBLE, CsvValues.inferType("1e3"));
    assertEquals(DataType.TEXT, CsvValues.inferType("12a"));
    assertEquals(DataType.DOUBLE, CsvValues.widen(DataType.INT64, DataType.DOUBLE));
    assertEquals(DataType.TEXT, CsvValues.widen(DataType.BOOLEAN, DataType.INT64));
    assertEquals(20240229, values.value("2024-02-29", DataType.DATE));
    assertArrayEquals(new byte[] {0x0a, (byte) 0xff}, (byte[]) values.value("0x0aff", DataType.BLOB));
    assertEquals(1.5f, values.value("1.5", DataType.FLOAT));
    assertEquals(1_704_067_200_000L, values.time("2024-01-01T08:00:00+08:00"));
    assertEquals(-5L, values.time("-5"));
    assertThrows(IllegalArgumentException.class, () -> values.value("2", DataType.BOOLEAN));
  }

  @Test
  void progressBarRendersFractionAndRows() {
    assertEquals("import a.csv [###############...............]  50%  1,234 rows",
        ProgressBar.render("import a.csv", 50, 100, 1234));
    assertEquals("export b.csv  7 rows", ProgressBar.render("export b.csv", 7, -1, 7));
  }
}
