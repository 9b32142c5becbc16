package org.orrery.sql.ast.query;

/** {@code NULLS FIRST} or {@code NULLS LAST}. */
public enum NullOrdering {
  FIRST,
  LAST
}
