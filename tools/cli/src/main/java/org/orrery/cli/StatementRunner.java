package org.orrery.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.orrery.cli.result.ResultPrinter;
import org.orrery.cli.server.ServerLink;
import org.orrery.cli.server.StatementFailure;
import org.orrery.cli.server.StatementOutcome;

/**
 * Runs one statement and prints its outcome: rows through the printer followed by its footer,
 * a non-query's message, or the server's error as {@code Msg: <code>: <message>} on the error
 * stream. The elapsed time covers execution and printing, as IoTDB's CLI reports it.
 */
public final class StatementRunner {
  private final ServerLink link;
  private final ResultPrinter printer;
  private final PrintWriter err;
  private final LongSupplier nanoClock;

  public StatementRunner(ServerLink link, ResultPrinter printer, PrintWriter err, LongSupplier nanoClock) {
    this.link = link;
    this.printer = printer;
    this.err = err;
    this.nanoClock = nanoClock;
  }

  /** Runs {@code sql}; returns false (after printing the error) when the server rejected it. */
  public boolean run(String sql) {
    long start = nanoClock.getAsLong();
    try (StatementOutcome outcome = link.execute(sql)) {
      if (outcome.hasRows()) {
        long rows = printer.printRows(outcome.rows());
        printer.printFooter(rows, nanoClock.getAsLong() - start);
      } else {
        printer.printMessage(outcome.message());
      }
      return true;
    } catch (StatementFailure failure) {
      err.println("Msg: " + failure.userMessage());
      err.flush();
      return false;
    }
  }
}
