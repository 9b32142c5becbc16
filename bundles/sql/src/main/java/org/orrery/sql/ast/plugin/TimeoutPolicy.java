package org.orrery.sql.ast.plugin;

/** What a continuous query does when its previous run has not finished at the next start. */
public enum TimeoutPolicy {
  /** Wait for the previous run; every window is computed, possibly late (the default). */
  BLOCKED,
  /** Skip this run and catch up with the latest window. */
  DISCARD
}
