package org.orrery.server.status;

/**
 * One bundle of the node.
 *
 * @param id the framework's bundle id
 * @param symbolicName the bundle symbolic name
 * @param version the bundle version
 * @param state INSTALLED, RESOLVED, STARTING, STOPPING, ACTIVE or UNINSTALLED
 * @param fragment whether the bundle is a fragment (fragments never become ACTIVE)
 */
public record BundleStatus(
    long id, String symbolicName, String version, String state, boolean fragment) {

  /** ACTIVE, or RESOLVED for a fragment. */
  public boolean healthy() {
    return "ACTIVE".equals(state) || (fragment && "RESOLVED".equals(state));
  }
}
