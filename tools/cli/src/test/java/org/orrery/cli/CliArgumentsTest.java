package org.orrery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.orrery.cli.result.OutputFormat;
import org.orrery.cli.result.TimeFormat;

class CliArgumentsTest {

  @Test
  void readsIotdbConnectionFlags() throws UsageException {
    CliOptions options = CliArguments.parse("-h", "10.0.0.7", "-p", "6668", "-u", "alice", "-pw", "s3cret #1 x",
        "-e", "select * from root.**");
    assertEquals("10.0.0.7", options.host());
    assertEquals(6668, options.port());
    assertEquals("alice", options.user());
    assertEquals("s3cret #1 x", options.password().get());
    assertEquals("select * from root.**", options.execute().get());
    assertEquals(Command.SQL, options.command());
    assertTrue(options.batch());
  }

  @Test
  void defaultsAreTheLocalServerAsRootInteractively() throws UsageException {
    CliOptions options = CliArguments.parse();
    assertEquals("127.0.0.1", options.host());
    assertEquals(6667, options.port());
    assertEquals("root", options.user());
    assertFalse(options.password().isPresent());
    assertFalse(options.batch());
    assertEquals(OutputFormat.TABLE, options.format());
    assertEquals(TimeFormat.ISO, options.timeFormat());
    assertEquals(CliOptions.DEFAULT_PAGE_ROWS, options.pageRows());
  }

  @Test
  void readsFormatTimeFormatZoneAndPageSize() throws UsageException {
    CliOptions options = CliArguments.parse("--format", "TSV", "--time-format", "epoch", "--zone", "Asia/Shanghai",
        "-maxPRC", "20", "-f", "my dir/script #2.sql");
    assertEquals(OutputFormat.TSV, options.format());
    assertEquals(TimeFormat.EPOCH, options.timeFormat());
    assertEquals(ZoneId.of("Asia/Shanghai"), options.zone());
    assertEquals(20, options.pageRows());
    assertEquals(Path.of("my dir/script #2.sql"), options.sqlFile().get());
    assertEquals(TimeFormat.EPOCH, CliArguments.parse("-disableISO8601").timeFormat());
  }

  @Test
  void subcommandsGiveMinusFTheirOwnMeaning() throws UsageException {
    CliOptions imports = CliArguments.parse("-pw", "import-csv", "import-csv", "-f", "data.csv", "--batch", "500", "--aligned");
    assertEquals(Command.IMPORT_CSV, imports.command());
    assertEquals("import-csv", imports.password().get());
    assertEquals(Path.of("data.csv"), imports.importPath());
    assertEquals(500, imports.batchRows());
    assertTrue(imports.aligned());

    CliOptions exports = CliArguments.parse("export-csv", "-q", "select s1 from root.sg.d1", "-o", "out.csv", "--datatype");
    assertEquals(Command.EXPORT_CSV, exports.command());
    assertEquals("select s1 from root.sg.d1", exports.exportQuery().get());
    assertEquals(Path.of("out.csv"), exports.exportFile().get());
    assertTrue(exports.exportTypes());
  }

  @Test
  void rejectsBadCommandLinesNamingTheArgument() {
    assertEquals("-p needs a value", assertThrows(UsageException.class, () -> CliArguments.parse("-p")).getMessage());
    assertEquals("-p needs a number, got 'x'",
        assertThrows(UsageException.class, () -> CliArguments.parse("-p", "x")).getMessage());
    assertEquals("port out of range: 70000",
        assertThrows(UsageException.class, () -> CliArguments.parse("-p", "70000")).getMessage());
    assertEquals("unknown option '--frmat'",
        assertThrows(UsageException.class, () -> CliArguments.parse("--frmat", "csv")).getMessage());
    assertEquals("unexpected argument 'select'",
        assertThrows(UsageException.class, () -> CliArguments.parse("select", "1")).getMessage());
    assertTrue(assertThrows(UsageException.class, () -> CliArguments.parse("--format", "xml"))
        .getMessage().contains("'xml'"));
    assertEquals("-e and -f cannot be combined",
        assertThrows(UsageException.class, () -> CliArguments.parse("-e", "x", "-f", "y")).getMessage());
    assertEquals("import-csv needs -f <file or directory>",
        assertThrows(UsageException.class, () -> CliArguments.parse("import-csv")).getMessage());
    assertThrows(UsageException.class, () -> CliArguments.parse("export-csv", "-q", "a", "-s", "b"));
    // an import flag outside import-csv is unknown
    assertThrows(UsageException.class, () -> CliArguments.parse("--batch", "10"));
  }
}
