package org.orrery.sql.ast.plugin;

/** {@code STATELESS}: one instance per node; {@code STATEFUL}: one instance in the cluster. */
public enum TriggerKind {
  STATELESS,
  STATEFUL
}
