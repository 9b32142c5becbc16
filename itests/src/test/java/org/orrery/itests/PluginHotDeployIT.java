package org.orrery.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.orrery.plugin.PluginInfo;
import org.orrery.plugin.PluginState;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Hot deploy without restart: a jar dropped into deploy/ becomes active, a replaced jar runs its
 * new code, a deleted jar is gone; broken plugins get clear errors and disturb nothing else.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginHotDeployIT extends OrreryTestSupport {

  @Configuration
  public Option[] config() {
    return distribution("hotdeploy");
  }

  @Test
  public void aPlainJarIsDeployedUpdatedAndRemovedWithoutRestart() throws Exception {
    Path plugins = testPlugins();
    TestPlugins.drop(plugins.resolve("alarm-v1.jar"), deployDir(), "alarm");
    PluginInfo v1 = awaitPlugin("alarm", "active", p -> p.state() == PluginState.ACTIVE);
    assertEquals(List.of("trigger"), v1.kinds());
    assertEquals(List.of("trigger:alarm"), v1.extensions());
    assertTrue(v1.wrapped());
    assertEquals("alarm v1", triggerNamed("alarm"));
    long bundleId = pluginBundle("alarm").getBundleId();

    TestPlugins.drop(plugins.resolve("alarm-v2.jar"), deployDir(), "alarm");
    awaitPlugin("alarm", "updated", p -> !p.sha256().equals(v1.sha256())
        && p.state() == PluginState.ACTIVE);
    await("the new code runs", () -> "alarm v2".equals(triggerNamed("alarm")));
    assertEquals("updated in place", bundleId, pluginBundle("alarm").getBundleId());

    Files.delete(deployDir().resolve("alarm.jar"));
    awaitNoPlugin("alarm");
    assertNull("bundle uninstalled", pluginBundle("alarm"));
    assertNull("service gone", bundleContext.getServiceReferences(Object.class.getName(),
        "(trigger.name=alarm)"));
  }

  @Test
  public void brokenPluginsGetClearErrorsAndDisturbNothingElse() throws Exception {
    Path plugins = testPlugins();
    TestPlugins.drop(plugins.resolve("alarm-v1.jar"), deployDir(), "steady");
    awaitPlugin("steady", "active", p -> p.state() == PluginState.ACTIVE);

    TestPlugins.drop(plugins.resolve("corrupt.jar"), deployDir(), "corrupt");
    TestPlugins.drop(plugins.resolve("missing-import.jar"), deployDir(), "missing-import");
    TestPlugins.drop(plugins.resolve("explosive.jar"), deployDir(), "explosive");

    PluginInfo corrupt = awaitPlugin("corrupt", "failed", p -> p.state() == PluginState.FAILED);
    assertTrue(corrupt.error(), corrupt.error().startsWith("corrupt jar: "));

    PluginInfo missing = awaitPlugin("missing-import", "installed but not resolved",
        p -> p.state() == PluginState.INSTALLED);
    assertTrue(missing.error(), missing.error().startsWith("cannot resolve: missing requirement"));
    assertTrue(missing.error(), missing.error().contains("com.example.nowhere"));

    PluginInfo explosive = awaitPlugin("explosive", "failed",
        p -> p.state() == PluginState.FAILED);
    assertEquals("class com.example.boom.Explosive threw in its constructor: "
        + "IllegalStateException: boom in constructor", explosive.error());

    String listing = console("orrery:plugins");
    assertTrue(listing, listing.contains("corrupt jar: "));
    assertTrue(listing, listing.contains("com.example.nowhere"));
    assertTrue(listing, listing.contains("boom in constructor"));

    // Nothing else was disturbed: the good plugin still runs and every Orrery bundle is active.
    assertEquals(PluginState.ACTIVE, pluginRegistry.plugin("steady").orElseThrow().state());
    assertEquals("alarm v1", triggerNamed("alarm"));
    assertTrue(statusService.status().toString(), statusService.status().allActive());

    for (String name : List.of("steady", "corrupt", "missing-import", "explosive")) {
      Files.delete(deployDir().resolve(name + ".jar"));
    }
    for (String name : List.of("steady", "corrupt", "missing-import", "explosive")) {
      awaitNoPlugin(name);
    }
  }

  @Test
  public void theSamplePluginBundlesRegisterEveryKindOfExtension() throws Exception {
    Map<String, List<String>> expected = Map.of(
        "udf-samples", List.of("udf:moving_avg", "udf:threshold_crossing", "udf:weighted_avg"),
        "trigger-samples", List.of("trigger:point_count", "trigger:threshold_alarm"),
        "model-samples", List.of("model:linear_trend", "model:seasonal_naive"),
        "codec-samples", List.of("codec:DELTA_VARINT"));
    for (String name : expected.keySet()) {
      TestPlugins.drop(samplePlugins().resolve(name + ".jar"), deployDir(), name);
    }
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      PluginInfo info = awaitPlugin(e.getKey(), "active", p -> p.state() == PluginState.ACTIVE);
      assertEquals(e.getValue(), info.extensions().stream().sorted().toList());
      assertFalse(info.wrapped());
      assertTrue(info.symbolicName(), info.symbolicName().startsWith("org.orrery.samples."));
    }
    String listing = console("orrery:plugins");
    assertTrue(listing, listing.matches("(?s).*\\ncodec-samples +codec +0\\.1\\.0\\S* +ACTIVE.*"));
    for (String name : expected.keySet()) {
      Files.delete(deployDir().resolve(name + ".jar"));
    }
    for (String name : expected.keySet()) {
      awaitNoPlugin(name);
    }
  }

  private Bundle pluginBundle(String name) {
    return bundleContext.getBundle("orrery:plugin:" + name);
  }

  /** toString() of the trigger service registered under a name, or null. */
  private String triggerNamed(String name) throws Exception {
    ServiceReference<?>[] refs = bundleContext.getServiceReferences(
        "org.orrery.trigger.api.Trigger", "(trigger.name=" + name + ")");
    if (refs == null) {
      return null;
    }
    Object service = bundleContext.getService(refs[0]);
    try {
      return String.valueOf(service);
    } finally {
      bundleContext.ungetService(refs[0]);
    }
  }
}
