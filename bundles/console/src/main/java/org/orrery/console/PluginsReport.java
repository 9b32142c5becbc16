package org.orrery.console;

import java.util.List;
import org.orrery.plugin.PluginInfo;

/** Renders the plugin list as the text {@code orrery:plugins} prints. */
final class PluginsReport {
  private PluginsReport() {}

  static String render(List<PluginInfo> plugins, boolean verbose) {
    if (plugins.isEmpty()) {
      return "No plugins deployed. Drop a jar into deploy/ to add one.\n";
    }
    TextTable table = verbose
        ? new TextTable("Name", "Kind", "Version", "State", "Bundle", "Extensions", "SHA-256",
            "Error")
        : new TextTable("Name", "Kind", "Version", "State", "Error");
    for (PluginInfo p : plugins) {
      String kind = p.kinds().isEmpty() ? "-" : String.join(",", p.kinds());
      String version = p.version() == null ? "-" : p.version();
      String error = p.error() == null ? "" : p.error();
      if (verbose) {
        table.row(p.name(), kind, version, p.state(),
            p.symbolicName() == null ? "-" : p.symbolicName() + (p.wrapped() ? " (wrapped)" : ""),
            String.join(",", p.extensions()), p.sha256() == null ? "-" : p.sha256(), error);
      } else {
        table.row(p.name(), kind, version, p.state(), error);
      }
    }
    return table.render();
  }
}
