package org.orrery.cli;

/**
 * Process exit codes of {@code orrery-cli}. Scripts test them, so each number is fixed: never
 * renumber one.
 */
public final class ExitCode {
  /** Every statement succeeded. */
  public static final int OK = 0;
  /** The server rejected a statement or an insert (the error is on stderr). */
  public static final int STATEMENT_FAILED = 1;
  /** The command line was wrong (usage on stderr). */
  public static final int USAGE = 2;
  /** The server could not be reached or refused the login. */
  public static final int CONNECTION_FAILED = 3;
  /** A local file could not be read or written. */
  public static final int FILE_ERROR = 4;

  private ExitCode() {}
}
