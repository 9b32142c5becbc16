package org.orrery.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.plugin.PluginInfo;
import org.orrery.plugin.PluginState;
import org.orrery.server.status.BundleStatus;
import org.orrery.server.status.NodeStatus;

class ReportsTest {

  @Test
  void tableAlignsColumnsAndRejectsRaggedRows() {
    String text = new TextTable("A", "Long header").row("xyz", "1").row("q", "22").render();
    assertEquals("A    Long header\n---  -----------\nxyz  1\nq    22\n", text);
    assertThrows(IllegalArgumentException.class, () -> new TextTable("A").row("1", "2"));
  }

  @Test
  void uptimeShowsOnlyTheUnitsThatMatter() {
    assertEquals("5s", StatusReport.formatUptime(Duration.ofSeconds(5)));
    assertEquals("2m 5s", StatusReport.formatUptime(Duration.ofSeconds(125)));
    assertEquals("1d 0h 0m 1s", StatusReport.formatUptime(Duration.ofSeconds(86_401)));
  }

  @Test
  void statusNamesVersionRolesAndCountsActiveBundles() {
    NodeStatus status = new NodeStatus("0.1.0", "node-7", Instant.EPOCH, Duration.ofSeconds(3),
        List.of("datanode", "ainode"),
        List.of(new BundleStatus(12, "org.orrery.common", "0.1.0", "ACTIVE", false),
            new BundleStatus(13, "org.orrery.server", "0.1.0", "RESOLVED", false)));
    String text = StatusReport.render(status);
    assertTrue(text.startsWith("Orrery 0.1.0\nNode:     node-7\nRoles:    datanode, ainode\n"),
        text);
    assertTrue(text.contains("Bundles:  1 of 2 active"), text);
    assertTrue(text.contains("13  RESOLVED  0.1.0    org.orrery.server"), text);
  }

  @Test
  void pluginsShowTheErrorOfAFailedPlugin() {
    PluginInfo ok = new PluginInfo("good", List.of("udf"), List.of("udf:diff"), "g", "1.0.0",
        PluginState.ACTIVE, null, "ab", false);
    PluginInfo bad = new PluginInfo("broken", List.of(), List.of(), null, null,
        PluginState.FAILED, "corrupt jar: no zip entries could be read", "cd", false);
    String text = PluginsReport.render(List.of(bad, ok), false);
    assertTrue(text.contains("broken  -     -        FAILED  corrupt jar: no zip entries"), text);
    assertTrue(text.contains("good    udf   1.0.0    ACTIVE"), text);
    assertTrue(PluginsReport.render(List.of(), false).startsWith("No plugins deployed"));
  }
}
