package org.orrery.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.orrery.client.Session;
import org.orrery.client.SessionDataSet;
import org.orrery.client.Tablet;
import org.orrery.common.type.DataType;

/**
 * The distribution end to end, over the network, as users reach it: {@code bin/orrery-cli} in
 * every output format, a plain Java program with only {@code lib/orrery-jdbc-*.jar} on its class
 * path, authentication, and data that survive a restart. One server for the class.
 */
public class EndToEndIT {
  private static RpcDistribution server;

  /** The CLI's data set: three rows with an INT32, a DOUBLE and a TEXT series and some nulls. */
  private static final String SETUP_SQL = String.join("\n",
      "-- comments and statements over several lines are part of what -f reads",
      "CREATE DATABASE root.e2e;",
      "CREATE TIMESERIES root.e2e.d1.s1 WITH DATATYPE=INT32, ENCODING=RLE;",
      "CREATE TIMESERIES root.e2e.d1.s2",
      "  WITH DATATYPE=DOUBLE, ENCODING=GORILLA;",
      "CREATE TIMESERIES root.e2e.d1.s3 WITH DATATYPE=TEXT, ENCODING=PLAIN;",
      "INSERT INTO root.e2e.d1(time, s1, s2, s3) VALUES (1, 1, 1.5, 'a');",
      "INSERT INTO root.e2e.d1(time, s1, s3) VALUES (2, 2, 'b c');",
      "INSERT INTO root.e2e.d1(time, s2) VALUES (3, 3.25);",
      "");
  private static final String SELECT = "select s1, s2, s3 from root.e2e.d1";

  @BeforeClass
  public static void startServerAndLoadTheDataSet() throws Exception {
    server = RpcDistribution.fresh("end-to-end");
    server.start();
    Path script = server.home().resolve("setup data.sql"); // a blank in the file name, too
    Files.writeString(script, SETUP_SQL, StandardCharsets.UTF_8);
    RpcDistribution.Outcome setup = server.cli("-f", script.toString());
    assertEquals(setup.toString(), 0, setup.exitCode());
    assertEquals(setup.toString(), "Msg: The statement is executed successfully.\n".repeat(7), setup.out());
  }

  @AfterClass
  public static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  public void cliPrintsTheDataSetAsATable() throws Exception {
    RpcDistribution.Outcome table = server.cli("--time-format", "epoch", "-e", SELECT);
    assertEquals(table.toString(), 0, table.exitCode());
    // IoTDB's layout: cells right-aligned to the widest cell of their column, null for no value
    String expected = String.join("\n",
        "+----+--------------+--------------+--------------+",
        "|Time|root.e2e.d1.s1|root.e2e.d1.s2|root.e2e.d1.s3|",
        "+----+--------------+--------------+--------------+",
        "|   1|             1|           1.5|             a|",
        "|   2|             2|          null|           b c|",
        "|   3|          null|          3.25|          null|",
        "+----+--------------+--------------+--------------+",
        "Total line number = 3",
        "It costs X.XXXs",
        "");
    assertEquals(expected, table.out().replaceAll("It costs \\d+\\.\\d{3}s", "It costs X.XXXs"));
    assertEquals("", table.err());
  }

  @Test
  public void cliPrintsTheDataSetAsCsvTsvAndJson() throws Exception {
    RpcDistribution.Outcome csv = server.cli("--format", "csv", "--time-format", "epoch", "-e", SELECT);
    assertEquals(csv.toString(), 0, csv.exitCode());
    // CSV: an empty field is a null
    assertEquals(String.join("\n",
        "Time,root.e2e.d1.s1,root.e2e.d1.s2,root.e2e.d1.s3",
        "1,1,1.5,a",
        "2,2,,b c",
        "3,,3.25,",
        ""), csv.out());

    RpcDistribution.Outcome tsv = server.cli("--format", "tsv", "--time-format", "epoch", "-e", SELECT);
    assertEquals(tsv.toString(), 0, tsv.exitCode());
    // TSV (issue 6): a header line, then one line per row, null for missing values
    assertEquals(String.join("\n",
        "Time\troot.e2e.d1.s1\troot.e2e.d1.s2\troot.e2e.d1.s3",
        "1\t1\t1.5\ta",
        "2\t2\tnull\tb c",
        "3\tnull\t3.25\tnull",
        ""), tsv.out());

    RpcDistribution.Outcome json = server.cli("--format", "json", "--time-format", "epoch", "-e", SELECT);
    assertEquals(json.toString(), 0, json.exitCode());
    assertEquals(String.join("\n",
        "{\"columns\":[\"Time\",\"root.e2e.d1.s1\",\"root.e2e.d1.s2\",\"root.e2e.d1.s3\"],"
            + "\"types\":[\"TIMESTAMP\",\"INT32\",\"DOUBLE\",\"TEXT\"],\"rows\":[",
        "[1,1,1.5,\"a\"]",
        ",[2,2,null,\"b c\"]",
        ",[3,null,3.25,null]",
        "]}",
        ""), json.out());
  }

  @Test
  public void cliRendersIsoTimesInTheGivenZoneAndAggregates() throws Exception {
    RpcDistribution.Outcome iso = server.cli("--format", "csv", "--zone", "+08:00",
        "-e", "select s1 from root.e2e.d1 where time < 2");
    assertEquals(iso.toString(), 0, iso.exitCode());
    // 1 ms after the epoch, seen from UTC+8
    assertEquals("Time,root.e2e.d1.s1\n1970-01-01T08:00:00.001+08:00,1\n", iso.out());

    // '*' in -e reaches the server unexpanded (no shell globbing on the way); wildcard matches come
    // in IoTDB's schema-tree order (s3, s1, s2: see SchemaTreeOrder in bundles/query)
    RpcDistribution.Outcome count = server.cli("--format", "csv", "-e", "select count(*) from root.e2e.d1");
    assertEquals(count.toString(), 0, count.exitCode());
    assertEquals("count(root.e2e.d1.s3),count(root.e2e.d1.s1),count(root.e2e.d1.s2)\n2,2,2\n", count.out());
  }

  @Test
  public void cliErrorsGoToStandardErrorWithANonZeroExit() throws Exception {
    RpcDistribution.Outcome syntax = server.cli("-e", "select s1 from");
    assertNotEquals(syntax.toString(), 0, syntax.exitCode());
    assertEquals(syntax.toString(), "", syntax.out());
    assertTrue(syntax.toString(), syntax.err().contains("300")); // SYNTAX_ERROR

    // a failing statement in a script stops it: the statements after it do not run
    Path script = server.home().resolve("failing.sql");
    Files.writeString(script, "CREATE DATABASE root.stops;\nselect nonsense from;\nCREATE DATABASE root.never;\n");
    RpcDistribution.Outcome failing = server.cli("-f", script.toString());
    assertNotEquals(failing.toString(), 0, failing.exitCode());
    assertEquals(failing.toString(), "Msg: The statement is executed successfully.\n", failing.out());
    RpcDistribution.Outcome databases = server.cli("--format", "csv", "-e", "show databases");
    assertEquals(databases.toString(), 0, databases.exitCode());
    assertTrue(databases.toString(), databases.out().contains("\nroot.stops,"));
    assertTrue(databases.toString(), !databases.out().contains("root.never"));

    RpcDistribution.Outcome missingFile = server.cli("-f", server.home().resolve("no such.sql").toString());
    assertNotEquals(missingFile.toString(), 0, missingFile.exitCode());
    assertTrue(missingFile.toString(), missingFile.err().contains("no such.sql"));
  }

  @Test
  public void passwordsWithBlanksAndHashesWorkAndWrongOnesAreRejected() throws Exception {
    RpcDistribution.Outcome create = server.cli("-e", "CREATE USER alice 'p w#1'");
    assertEquals(create.toString(), 0, create.exitCode());

    RpcDistribution.Outcome wrong = server.cli("-u", "alice", "-pw", "p w", "-e", "ALTER USER alice SET PASSWORD 'x y'");
    assertNotEquals(wrong.toString(), 0, wrong.exitCode());
    assertTrue(wrong.toString(), wrong.err().contains("700")); // AUTHENTICATION_FAILED
    assertTrue(wrong.toString(), !wrong.err().contains("p w")); // never echo a password

    // users may change their own password; the new one has a '#' and a blank too
    RpcDistribution.Outcome own = server.cli("-u", "alice", "-pw", "p w#1", "-e", "ALTER USER alice SET PASSWORD 'q #2'");
    assertEquals(own.toString(), 0, own.exitCode());
    RpcDistribution.Outcome old = server.cli("-u", "alice", "-pw", "p w#1", "-e", "ALTER USER alice SET PASSWORD 'z'");
    assertNotEquals(old.toString(), 0, old.exitCode());

    // without granted privileges a user can neither read nor write
    RpcDistribution.Outcome read = server.cli("-u", "alice", "-pw", "q #2", "-e", SELECT);
    assertNotEquals(read.toString(), 0, read.exitCode());
    assertTrue(read.toString(), read.err().contains("alice"));
    RpcDistribution.Outcome write = server.cli("-u", "alice", "-pw", "q #2",
        "-e", "INSERT INTO root.e2e.d1(time, s1) VALUES (99, 99)");
    assertNotEquals(write.toString(), 0, write.exitCode());
    RpcDistribution.Outcome rows = server.cli("--format", "csv", "-e", "select count(s1) from root.e2e.d1");
    assertEquals("count(root.e2e.d1.s1)\n2\n", rows.out());
  }

  /** A program that knows nothing of Orrery but JDBC: it is compiled against the JDK alone. */
  private static final String JDBC_PROGRAM = String.join("\n",
      "import java.sql.*;",
      "public class JdbcProbe {",
      "  public static void main(String[] args) throws Exception {",
      "    String url = args[0];",
      "    try (Connection c = DriverManager.getConnection(url, \"root\", \"root\");",
      "         Statement s = c.createStatement()) {",
      "      s.execute(\"CREATE DATABASE root.jdbc\");",
      "      s.execute(\"CREATE TIMESERIES root.jdbc.d1.temperature WITH DATATYPE=DOUBLE, ENCODING=GORILLA\");",
      "      try (PreparedStatement p = c.prepareStatement(",
      "          \"INSERT INTO root.jdbc.d1(time, temperature) VALUES (?, ?)\")) {",
      "        for (int i = 1; i <= 5; i++) {",
      "          p.setLong(1, i * 1000L);",
      "          p.setDouble(2, 20.0 + i / 4.0);",
      "          p.executeUpdate();",
      "        }",
      "      }",
      "      try (ResultSet rs = s.executeQuery(\"select temperature from root.jdbc.d1 where time > 1000\")) {",
      "        ResultSetMetaData meta = rs.getMetaData();",
      "        System.out.println(meta.getColumnCount() + \" columns: \" + meta.getColumnLabel(1) + \", \" + meta.getColumnLabel(2));",
      "        while (rs.next()) {",
      "          System.out.println(rs.getLong(1) + \" -> \" + rs.getDouble(2));",
      "        }",
      "      }",
      "    }",
      "    try (Connection c = DriverManager.getConnection(url, \"root\", \"not the password\")) {",
      "      System.out.println(\"wrong password accepted\");",
      "    } catch (SQLException e) {",
      "      System.out.println(\"wrong password rejected\");",
      "    }",
      "  }",
      "}",
      "");

  @Test
  public void aPlainJavaProgramWithOnlyTheJdbcJarWritesAndReads() throws Exception {
    Path work = Files.createDirectories(server.home().getParent().resolve("jdbc-probe"));
    Path source = work.resolve("JdbcProbe.java");
    Files.writeString(source, JDBC_PROGRAM, StandardCharsets.UTF_8);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = compiler.getTask(diagnostics, null, null,
        List.of("-d", work.toString(), "-classpath", work.toString()), null,
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile()))
        .call();
    assertTrue(diagnostics.toString(), compiled);

    Path jdbcJar = onlyJdbcJar();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(javaBin, "-cp", work + java.io.File.pathSeparator + jdbcJar,
        "JdbcProbe", "jdbc:orrery://127.0.0.1:" + server.rpcPort() + "/")
        .redirectErrorStream(true);
    pb.environment().remove("CLASSPATH");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue("the JDBC program did not finish", p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(out, 0, p.exitValue());
    // rows 2..5 (time > 1000): 20 + i/4
    assertEquals(String.join("\n",
        "2 columns: Time, root.jdbc.d1.temperature",
        "2000 -> 20.5",
        "3000 -> 20.75",
        "4000 -> 21.0",
        "5000 -> 21.25",
        "wrong password rejected",
        ""), out);
  }

  private static Path onlyJdbcJar() throws Exception {
    List<Path> jars = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(server.home().resolve("lib"), "orrery-jdbc-*.jar")) {
      found.forEach(jars::add);
    }
    assertEquals("one JDBC jar in lib/: " + jars, 1, jars.size());
    return jars.get(0);
  }

  @Test
  public void dataSurvivesARestart() throws Exception {
    try (Session session = server.session().build()) {
      session.open();
      session.executeNonQuery("CREATE DATABASE root.durable");
      Tablet tablet = new Tablet("root.durable.d1", List.of("v"), List.of(DataType.INT64), 100);
      for (int r = 0; r < 1000; r++) {
        tablet.setTime(r, r);
        tablet.setLong(r, 0, r * 2L);
      }
      session.insertTablet(tablet);
    }
    server.stop();
    server.start();
    try (Session session = server.session().build()) {
      session.open();
      try (SessionDataSet data = session.executeQuery("select count(v), sum(v) from root.durable.d1")) {
        assertTrue(data.hasNext());
        var row = data.next();
        assertEquals(1000L, row.getLong(0));
        assertEquals(999.0 * 1000, row.getDouble(1), 0.0); // 2 * (0 + ... + 999)
      }
    }
    // the CLI's data set came back too
    RpcDistribution.Outcome csv = server.cli("--format", "csv", "--time-format", "epoch", "-e", SELECT);
    assertEquals("Time,root.e2e.d1.s1,root.e2e.d1.s2,root.e2e.d1.s3\n1,1,1.5,a\n2,2,,b c\n3,,3.25,\n", csv.out());
  }
}
