package org.orrery.sql.ast.plugin;

/** When a trigger fires relative to the write it listens to. */
public enum TriggerEvent {
  BEFORE_INSERT,
  AFTER_INSERT
}
