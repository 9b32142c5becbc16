package org.orrery.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

/**
 * After a restart the durable plugin manifest brings plugins back. The framework cache is wiped
 * between the runs, so the only thing that can restore the plugin is Orrery's own manifest.
 */
public class PluginRestartIT {

  @Test
  public void theManifestBringsPluginsBackAfterARestart() throws Exception {
    Path plugins = TestPlugins.buildAll(
        Path.of(OrreryTestSupport.required("orrery.it.work"), "plugins"));
    try (ServerProcess server = ServerProcess.fresh("restart")) {
      server.startWithConsole();
      TestPlugins.drop(plugins.resolve("alarm-v1.jar"), server.deployDir(), "alarm");
      OrreryTestSupport.await("alarm active", () ->
          server.console("orrery:plugins").matches("(?s).*\\nalarm +trigger +0\\.0\\.0 +ACTIVE.*"));
      Path manifest = server.data().resolve("system/plugins/plugins.manifest");
      assertTrue(Files.readString(manifest).contains("\nplugin alarm "));

      server.stop();
      ServerProcess.deleteTree(server.data().resolve("cache"));
      server.startWithConsole();

      OrreryTestSupport.await("alarm active after restart", () ->
          server.console("orrery:plugins").matches("(?s).*\\nalarm +trigger +0\\.0\\.0 +ACTIVE.*"));
      String status = server.console("orrery:status");
      assertFalse(status, status.contains("INSTALLED"));
      // The manifest restored it (from the stored jar: the cache was wiped), and the unchanged
      // file in deploy/ did not cause a second deployment.
      String log = Files.readString(server.data().resolve("log/karaf.log"));
      assertTrue(log, log.contains("plugin alarm restored from the manifest (installed from the"
          + " stored jar)"));
      assertTrue(log, countOf(log, "plugin alarm deployed") == 1);
    }
  }

  private static int countOf(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
