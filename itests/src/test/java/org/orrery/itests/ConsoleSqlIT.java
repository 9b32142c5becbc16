package org.orrery.itests;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * {@code orrery:sql} runs statements inside the server from the admin console (over SSH, as
 * operators use it) and prints IoTDB's CLI table.
 */
public class ConsoleSqlIT {

  @Test
  public void statementsRunFromTheConsoleAndPrintTables() throws Exception {
    try (ServerProcess server = ServerProcess.fresh("console-sql")) {
      server.startWithConsole();
      String created = server.console("orrery:sql \"CREATE DATABASE root.console\"");
      assertTrue(created, created.contains("Msg: The statement is executed successfully."));
      server.console("orrery:sql \"INSERT INTO root.console.d1(time, s1) VALUES (1, 2.5), (2, 3.5)\"");

      String table = server.console("orrery:sql \"SELECT count(s1), sum(s1) FROM root.console.d1\"");
      assertTrue(table, table.matches("(?s).*\\|\\s*count\\(root\\.console\\.d1\\.s1\\)\\s*\\|\\s*"
          + "sum\\(root\\.console\\.d1\\.s1\\)\\s*\\|.*"));
      assertTrue(table, table.matches("(?s).*\\|\\s*2\\s*\\|\\s*6\\.0\\s*\\|.*"));
      assertTrue(table, table.contains("Total line number = 1"));

      String error = server.console("orrery:sql \"SELEC s1 FROM root.console.d1\"");
      assertTrue(error, error.contains("300: "));
    }
  }
}
