package org.orrery.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;
import org.orrery.client.Session;

/**
 * Runs the conformance scripts of {@code src/test/resources/sql/} (see {@link SqlScript}) against
 * the real distribution through the native protocol. Each script uses its own database, so they
 * share one server.
 */
@RunWith(Parameterized.class)
public class SqlConformanceIT {
  private static ServerProcess server;

  private final Path script;

  public SqlConformanceIT(String name, Path script) {
    this.script = script;
  }

  @Parameters(name = "{0}")
  public static List<Object[]> scripts() throws Exception {
    Path dir = Path.of(SqlConformanceIT.class.getResource("/sql").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".sql")).sorted()
          .map(p -> new Object[] {p.getFileName().toString(), p}).toList();
    }
  }

  @BeforeClass
  public static void startServer() throws Exception {
    server = ServerProcess.fresh("sql");
    server.start();
  }

  @AfterClass
  public static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  public void scriptGivesTheDocumentedResults() throws Exception {
    try (Session session = Session.builder().port(server.rpcPort()).build()) {
      session.open();
      SqlScript.load(script).run(session);
    }
  }
}
