package org.orrery.plugin;

/** Where a plugin stands. Shown by {@code orrery:plugins}; not persisted. */
public enum PluginState {
  /** Installed and started; every extension it declares was created and registered. */
  ACTIVE,
  /** Installed but not started (e.g. an import is missing); see the error. */
  INSTALLED,
  /** Rejected or failed (corrupt jar, exports packages, an extension threw); see the error. */
  FAILED
}
