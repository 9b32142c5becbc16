package org.orrery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.cli.server.ServerLink;
import org.orrery.cli.server.StatementFailure;
import org.orrery.cli.server.StatementOutcome;
import org.orrery.common.type.DataType;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final FakeLink link = new FakeLink();
  private final List<String> logins = new ArrayList<>();
  private Map<String, String> environment = Map.of();
  private String stdin = "";

  private int run(String... args) {
    Main main = new Main(this::open, name -> environment.get(name), new PrintWriter(out), new PrintWriter(err),
        () -> 0L, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false);
    return main.run(args);
  }

  private ServerLink open(String host, int port, String user, String password, ZoneId zone) {
    logins.add(host + ":" + port + " " + user + "/" + password);
    return link;
  }

  private String out() {
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  private String err() {
    return err.toString().replace(System.lineSeparator(), "\n");
  }

  private void answerVersion() {
    link.answer("show version", () -> StatementOutcome.ofRows(
        new FakeRows(false, List.of("Version"), List.of(DataType.STRING))
            .row(0, (Object) "0.1.0".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void executeInTsvPrintsOnlyTheResultOnStdout() {
    answerVersion();
    int code = run("-h", "db", "-p", "7000", "-u", "bob", "-pw", "p w#1", "--format", "tsv",
        "-e", "create database root.sg; show version");
    assertEquals(ExitCode.OK, code);
    assertEquals("Version\n0.1.0\n", out());
    assertEquals("", err());
    assertEquals(List.of("db:7000 bob/p w#1"), logins);
    assertEquals(List.of("create database root.sg", "show version"), link.executed);
    assertTrue(link.closed);
  }

  @Test
  void tableFormatPrintsMessagesRowsAndFooter() {
    answerVersion();
    assertEquals(ExitCode.OK, run("-e", "flush; show version"));
    assertEquals(String.join("\n",
        "Msg: The statement is executed successfully.",
        "+-------+",
        "|Version|",
        "+-------+",
        "|  0.1.0|",
        "+-------+",
        "Total line number = 1",
        "It costs 0.000s",
        ""), out());
  }

  @Test
  void failingStatementGoesToStderrAndStopsWithExitCodeOne() {
    link.fail("select x from root.nope", 400, "path not found: root.nope.x");
    int code = run("--format", "csv", "-e", "flush; select x from root.nope; flush");
    assertEquals(ExitCode.STATEMENT_FAILED, code);
    assertEquals("Msg: 400: path not found: root.nope.x\n", err());
    assertEquals("", out());
    assertEquals(List.of("flush", "select x from root.nope"), link.executed);
  }

  @Test
  void connectionFailureExitsWithThree() {
    Main main = new Main((h, p, u, pw, z) -> {
      throw new StatementFailure(700, "wrong password for user root");
    }, name -> null, new PrintWriter(out), new PrintWriter(err), () -> 0L, new ByteArrayInputStream(new byte[0]), false);
    assertEquals(ExitCode.CONNECTION_FAILED, main.run("-e", "show version"));
    assertEquals("cannot connect to 127.0.0.1:6667 as root: Msg: 700: wrong password for user root\n", err());
  }

  @Test
  void usageErrorExitsWithTwoAndHelpWithZero() {
    assertEquals(ExitCode.USAGE, run("-p", "abc"));
    assertTrue(err().startsWith("error: -p needs a number, got 'abc'\nusage: orrery-cli"), err());
    assertEquals(ExitCode.OK, run("--help"));
    assertTrue(out().startsWith("usage: orrery-cli"));
    assertEquals(List.of(), logins);
  }

  @Test
  void scriptFileAndStandardInputRunAllStatements(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("my script #1.sql");
    Files.writeString(script, "-- setup\ncreate database root.sg;\ninsert into root.sg.d1(time, s1) values (1, 'a;b');\nflush");
    assertEquals(ExitCode.OK, run("--format", "csv", "-f", script.toString()));
    assertEquals(List.of("create database root.sg", "insert into root.sg.d1(time, s1) values (1, 'a;b')", "flush"),
        link.executed);

    link.executed.clear();
    stdin = "flush;\nflush;\n";
    assertEquals(ExitCode.OK, run("--format", "json"));
    assertEquals(List.of("flush", "flush"), link.executed);
    assertTrue(out().endsWith("{\"message\":\"OK\"}\n{\"message\":\"OK\"}\n"), out());
  }

  @Test
  void missingScriptFileExitsWithFour(@TempDir Path dir) {
    assertEquals(ExitCode.FILE_ERROR, run("-f", dir.resolve("absent.sql").toString()));
    assertTrue(err().startsWith("cannot read "), err());
    assertEquals(List.of(), logins);
  }

  @Test
  void passwordComesFromTheEnvironmentWhenNotGiven() {
    environment = Map.of(Main.PASSWORD_VARIABLE, "from env");
    assertEquals(ExitCode.OK, run("-e", "flush"));
    assertEquals(List.of("127.0.0.1:6667 root/from env"), logins);
  }

  @Test
  void importCsvSummarisesOnStdoutAndFailsOnBadLines(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.csv");
    Files.writeString(good, "Time,root.sg.d1.s1\n1,1.5\n2,2.5\n");
    assertEquals(ExitCode.OK, run("import-csv", "-f", good.toString()));
    assertEquals("imported 2 rows from " + good + "\n", out());
    assertEquals(1, link.inserted.size());

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "Time,root.sg.d1.s1\nnever,1\n");
    assertEquals(ExitCode.STATEMENT_FAILED, run("import-csv", "-f", bad.toString()));
    assertTrue(err().contains("line 2: not a timestamp: 'never'"), err());
    assertEquals(ExitCode.FILE_ERROR, run("import-csv", "-f", dir.resolve("none.csv").toString()));
  }

  @Test
  void exportCsvWritesDumpFilesIntoTheTargetDirectory(@TempDir Path dir) throws Exception {
    answerVersion();
    Path queries = dir.resolve("q.sql");
    Files.writeString(queries, "show version;\nshow version;\n");
    assertEquals(ExitCode.OK, run("export-csv", "-s", queries.toString(), "-td", dir.resolve("out").toString()));
    assertEquals("Version\n0.1.0\n", Files.readString(dir.resolve("out/dump0.csv")));
    assertEquals("Version\n0.1.0\n", Files.readString(dir.resolve("out/dump1.csv")));
    link.fail("select bad", 300, "line 1:7 mismatched input");
    assertEquals(ExitCode.STATEMENT_FAILED, run("export-csv", "-q", "select bad", "-o", dir.resolve("x.csv").toString()));
    assertTrue(err().endsWith("Msg: 300: line 1:7 mismatched input\n"), err());
  }
}
