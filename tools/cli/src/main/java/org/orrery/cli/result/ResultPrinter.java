package org.orrery.cli.result;

import org.orrery.cli.server.ResultRows;

/** Writes statement outcomes in one output format. */
public interface ResultPrinter {

  /** Prints every row of {@code rows} (or as many as the pager lets through); returns the count. */
  long printRows(ResultRows rows);

  /** Prints the outcome of a statement without rows. */
  void printMessage(String message);

  /** Prints what follows a result: row count and elapsed time where the format has them. */
  void printFooter(long rowCount, long elapsedNanos);
}
