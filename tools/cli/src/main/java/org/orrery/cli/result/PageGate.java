package org.orrery.cli.result;

/**
 * Decides after each printed page whether to print the next one: the interactive shell asks the
 * user, scripts always continue.
 */
@FunctionalInterface
public interface PageGate {
  /** A gate that never stops. */
  PageGate ALWAYS = printed -> true;

  /** Whether to print more rows after {@code printedRows} rows so far. */
  boolean continueAfter(long printedRows);
}
