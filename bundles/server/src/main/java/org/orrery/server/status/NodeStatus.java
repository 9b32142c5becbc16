package org.orrery.server.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of a running node, as {@code orrery:status} shows it.
 *
 * @param version the Orrery version of the node
 * @param nodeId the node's id from {@code etc/org.orrery.node.cfg}
 * @param startedAt when the node's core bundle started
 * @param uptime time since {@code startedAt}
 * @param roles the roles this node runs (datanode, confignode, ainode)
 * @param bundles every Orrery bundle with its state, ordered by symbolic name
 */
public record NodeStatus(
    String version,
    String nodeId,
    Instant startedAt,
    Duration uptime,
    List<String> roles,
    List<BundleStatus> bundles) {

  public NodeStatus {
    roles = List.copyOf(roles);
    bundles = List.copyOf(bundles);
  }

  /** True when every Orrery bundle is active (fragments count as active once resolved). */
  public boolean allActive() {
    return bundles.stream().allMatch(BundleStatus::healthy);
  }
}
