package org.orrery.sql.ast.query;

/** How result rows are laid out. */
public enum AlignBy {
  /** One row per timestamp, one column per series (the default). */
  TIME,
  /** One row per timestamp and device, one column per measurement. */
  DEVICE
}
