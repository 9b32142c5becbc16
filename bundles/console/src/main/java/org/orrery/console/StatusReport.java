package org.orrery.console;

import java.time.Duration;
import org.orrery.server.status.BundleStatus;
import org.orrery.server.status.NodeStatus;

/** Renders a {@link NodeStatus} as the text {@code orrery:status} prints. */
final class StatusReport {
  private StatusReport() {}

  static String render(NodeStatus status) {
    long active = status.bundles().stream().filter(BundleStatus::healthy).count();
    StringBuilder out = new StringBuilder();
    out.append("Orrery ").append(status.version()).append('\n');
    out.append("Node:     ").append(status.nodeId()).append('\n');
    out.append("Roles:    ").append(String.join(", ", status.roles())).append('\n');
    out.append("Uptime:   ").append(formatUptime(status.uptime()))
        .append(" (since ").append(status.startedAt()).append(")\n");
    out.append("Bundles:  ").append(active).append(" of ").append(status.bundles().size())
        .append(" active\n\n");
    TextTable table = new TextTable("ID", "State", "Version", "Bundle");
    for (BundleStatus b : status.bundles()) {
      table.row(b.id(), b.state(), b.version(), b.symbolicName());
    }
    return out.append(table.render()).toString();
  }

  static String formatUptime(Duration d) {
    long s = d.toSeconds();
    long days = s / 86_400;
    long hours = (s % 86_400) / 3600;
    long minutes = (s % 3600) / 60;
    long seconds = s % 60;
    StringBuilder out = new StringBuilder();
    if (days > 0) {
      out.append(days).append("d ");
    }
    if (days > 0 || hours > 0) {
      out.append(hours).append("h ");
    }
    if (days > 0 || hours > 0 || minutes > 0) {
      out.append(minutes).append("m ");
    }
    return out.append(seconds).append('s').toString();
  }
}
