package org.orrery.console;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.QueryEngine;
import org.orrery.engine.query.SessionContext;

/**
 * {@code orrery:sql "<statement>"}: runs one statement in this server as {@code root} (whoever
 * reaches the Karaf console already administers the node) and prints the result as IoTDB's CLI
 * does, with times in the server's zone. Errors print as {@code <code>: <message>}. Output goes to
 * the session's output (Karaf's SSH sessions do not print return values).
 */
@Service
@Command(
    scope = "orrery",
    name = "sql",
    description = "Runs an SQL statement in this server as root and prints the result as a table")
public class SqlCommand implements Action {
  static final String CONSOLE_USER = "root";

  @Reference QueryEngine engine;

  @Argument(index = 0, name = "statement", required = true, multiValued = true,
      description = "The statement; quote it, or its words are joined with single spaces")
  List<String> words;

  @Option(name = "-m", aliases = "--max-rows",
      description = "Rows printed at most; a longer result is stopped there (default 10000)")
  int maxRows = 10_000;

  @Override
  public Object execute() {
    System.out.print(run(engine, String.join(" ", words), ZoneId.systemDefault(), maxRows));
    return null;
  }

  /** The text the command prints for {@code sql}, timing line included. */
  static String run(QueryEngine engine, String sql, ZoneId zone, int maxRows) {
    if (maxRows < 1) {
      return ResultTable.error(new OrreryException(ErrorCode.ILLEGAL_ARGUMENT,
          "--max-rows must be at least 1, got " + maxRows));
    }
    long start = System.nanoTime();
    String text;
    try (ExecutionResult result = engine.execute(new SessionContext(CONSOLE_USER, zone, 0), sql)) {
      text = ResultTable.render(result, new CellText(zone), maxRows);
    } catch (OrreryException e) {
      return ResultTable.error(e);
    } catch (RuntimeException e) {
      // the engine reports its failures as OrreryExceptions; anything else is a bug, shown as one
      return ResultTable.error(new OrreryException(ErrorCode.INTERNAL_ERROR,
          "the statement failed unexpectedly" + (e.getMessage() == null ? "" : ": " + e.getMessage()), e));
    }
    return text + String.format(Locale.ROOT, "It costs %.3fs%n", (System.nanoTime() - start) / 1e9);
  }
}
