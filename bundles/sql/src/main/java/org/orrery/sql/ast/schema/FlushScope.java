package org.orrery.sql.ast.schema;

/** Where {@code FLUSH ... ON LOCAL|CLUSTER} applies. */
public enum FlushScope {
  LOCAL,
  CLUSTER
}
