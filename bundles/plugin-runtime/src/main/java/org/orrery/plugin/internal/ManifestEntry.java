package org.orrery.plugin.internal;

/**
 * One plugin recorded in the durable manifest.
 *
 * @param name plugin name (deploy file name without {@code .jar})
 * @param sha256 hex digest of the deployed file's bytes
 * @param installedAtMillis when this version was installed (epoch milliseconds)
 */
record ManifestEntry(String name, String sha256, long installedAtMillis) {

  ManifestEntry {
    PluginNames.check(name);
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a sha-256 hex digest: '" + sha256 + "'");
    }
  }

  /** File name of the stored copy of this version's jar, under the store's jar directory. */
  String storedJarName() {
    return sha256 + ".jar";
  }
}
