package org.orrery.plugin.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Framework operations on plugin bundles. Plugins live at locations {@value #LOCATION_PREFIX}name,
 * so the runtime can tell its bundles from every other bundle after a restart.
 */
final class BundleOperations {
  static final String LOCATION_PREFIX = "orrery:plugin:";
  /** Plugins start after the engine (which uses levels up to 85). */
  static final int PLUGIN_START_LEVEL = 90;
  private static final long REFRESH_TIMEOUT_SECONDS = 60;

  private final BundleContext context;

  BundleOperations(BundleContext context) {
    this.context = context;
  }

  static String location(String pluginName) {
    return LOCATION_PREFIX + pluginName;
  }

  Bundle find(String pluginName) {
    return context.getBundle(location(pluginName));
  }

  /** Every bundle installed at a plugin location. */
  List<Bundle> installedPlugins() {
    return java.util.Arrays.stream(context.getBundles())
        .filter(b -> b.getLocation().startsWith(LOCATION_PREFIX))
        .toList();
  }

  /** Installs a new plugin bundle, or updates the existing one in place and refreshes it. */
  Bundle installOrUpdate(String pluginName, byte[] bundleBytes) throws BundleException {
    Bundle existing = find(pluginName);
    if (existing == null) {
      Bundle bundle = context.installBundle(
          location(pluginName), new ByteArrayInputStream(bundleBytes));
      bundle.adapt(BundleStartLevel.class).setStartLevel(PLUGIN_START_LEVEL);
      return bundle;
    }
    existing.update(new ByteArrayInputStream(bundleBytes));
    // A plugin exports nothing, so refreshing it rewires only itself.
    refresh(existing);
    return existing;
  }

  /** Starts the bundle; returns null on success or a readable reason. */
  String start(Bundle bundle) {
    try {
      bundle.start();
      return null;
    } catch (BundleException e) {
      return resolutionMessage(e);
    } catch (RuntimeException e) {
      return "start failed: " + ExtensionActivator.describe(e);
    }
  }

  void uninstall(Bundle bundle) throws BundleException {
    bundle.uninstall();
    refresh(bundle);
  }

  private void refresh(Bundle bundle) {
    FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
    CountDownLatch done = new CountDownLatch(1);
    wiring.refreshBundles(List.of(bundle), event -> {
      if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED
          || event.getType() == FrameworkEvent.ERROR) {
        done.countDown();
      }
    });
    try {
      if (!done.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            "refresh of " + bundle.getSymbolicName() + " did not finish in "
                + REFRESH_TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Felix explains a failed resolution in one long message: "Unable to resolve X: missing
   * requirement [...] osgi.wiring.package; (osgi.wiring.package=a.b) Unresolved requirements: ...".
   * Keep the part a user needs: what is missing.
   */
  static String resolutionMessage(BundleException e) {
    String msg = e.getMessage() == null ? "bundle cannot start" : e.getMessage();
    int missing = msg.indexOf("missing requirement");
    if (missing >= 0) {
      String rest = msg.substring(missing);
      int unresolved = rest.indexOf(" Unresolved requirements");
      if (unresolved > 0) {
        rest = rest.substring(0, unresolved);
      }
      // Drop the "[bsn [id](R id.0)]" that repeats the bundle's own name.
      rest = rest.replaceFirst("missing requirement \\[[^\\]]*\\]\\)?\\]?\\s*", "missing requirement ");
      return "cannot resolve: " + rest.trim();
    }
    Throwable cause = e.getCause();
    if (cause != null) {
      return "start failed: " + msg + " (" + ExtensionActivator.describe(cause) + ")";
    }
    return "start failed: " + msg;
  }
}
