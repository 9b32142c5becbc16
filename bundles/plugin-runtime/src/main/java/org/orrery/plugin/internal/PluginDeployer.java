package org.orrery.plugin.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.orrery.plugin.PluginInfo;
import org.orrery.plugin.PluginState;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies plugin changes: records them in the durable manifest, installs, updates and
 * uninstalls bundles, and keeps what {@code orrery:plugins} reports. Every method runs on the
 * runtime's single worker thread; {@link #plugins()} may be called from anywhere.
 *
 * <p>Order of a deploy: store the jar durably, write the manifest (the intent), then change the
 * framework. After a crash at any point, start-up replays the manifest and the next scan of
 * {@code deploy/} reconciles it with the folder, so nothing half-done survives.
 */
final class PluginDeployer implements DeployTarget {
  private static final Logger LOG = LoggerFactory.getLogger(PluginDeployer.class);

  private final PluginStore store;
  private final BundleOperations bundles;
  private final ExtensionActivator extensions;
  private final Clock clock;
  private final Map<String, ManifestEntry> manifest = new LinkedHashMap<>();
  private final Map<String, PluginInfo> infos = new ConcurrentHashMap<>();

  PluginDeployer(
      PluginStore store, BundleOperations bundles, ExtensionActivator extensions, Clock clock) {
    this.store = store;
    this.bundles = bundles;
    this.extensions = extensions;
    this.clock = clock;
  }

  List<PluginInfo> plugins() {
    List<PluginInfo> list = new ArrayList<>(infos.values());
    list.sort(Comparator.comparing(PluginInfo::name));
    return list;
  }

  Optional<PluginInfo> plugin(String name) {
    return Optional.ofNullable(infos.get(name));
  }

  /** The digest of the recorded version of a plugin, if it is recorded. */
  @Override
  public Optional<String> recordedSha(String name) {
    ManifestEntry e = manifest.get(name);
    return Optional.ofNullable(e == null ? null : e.sha256());
  }

  /** Digest of a file that was refused, so the same bytes are not retried on every scan. */
  @Override
  public Optional<String> refusedSha(String name) {
    PluginInfo info = infos.get(name);
    return info != null && info.state() == PluginState.FAILED && !manifest.containsKey(name)
        ? Optional.ofNullable(info.sha256())
        : Optional.empty();
  }

  /** Names of all plugins that have a file: recorded ones and refused ones. */
  @Override
  public List<String> knownNames() {
    return new ArrayList<>(infos.keySet());
  }

  /**
   * Replays the manifest at start-up: every recorded plugin is installed from its stored jar (or
   * kept, when the framework still has that exact version), and plugin bundles the manifest does
   * not name are removed.
   */
  void replay() throws IOException {
    List<ManifestEntry> entries;
    try {
      entries = store.load();
    } catch (PluginManifestFormat.CorruptManifestException e) {
      // Keep the unreadable file for inspection and start with no plugins rather than guess.
      var aside = store.manifestPath().resolveSibling(
          PluginStore.MANIFEST_FILE + ".corrupt-" + clock.millis());
      java.nio.file.Files.move(store.manifestPath(), aside);
      LOG.error("plugin manifest {} is corrupt ({}); moved to {}; starting with no plugins",
          store.manifestPath(), e.getMessage(), aside);
      entries = List.of();
    }
    for (ManifestEntry e : entries) {
      manifest.put(e.name(), e);
    }
    for (Bundle b : bundles.installedPlugins()) {
      String name = b.getLocation().substring(BundleOperations.LOCATION_PREFIX.length());
      if (!manifest.containsKey(name)) {
        LOG.info("removing plugin bundle {} that the manifest does not name", name);
        uninstallQuietly(b);
      }
    }
    for (ManifestEntry e : entries) {
      try {
        byte[] file = store.readJar(e);
        PreparedPlugin prepared = PluginPreparer.prepare(e.name(), file);
        Bundle existing = bundles.find(e.name());
        boolean current = existing != null
            && e.sha256().equals(existing.getHeaders("").get(PluginPreparer.SHA_HEADER));
        Bundle bundle = current ? existing : bundles.installOrUpdate(e.name(), prepared.bundleBytes());
        activate(prepared, bundle);
        LOG.info("plugin {} restored from the manifest ({}): {}", e.name(),
            current ? "kept from the framework cache" : "installed from the stored jar",
            infos.get(e.name()));
      } catch (IOException | PluginException | BundleException | RuntimeException ex) {
        LOG.error("cannot restore plugin {}: {}", e.name(), ex.getMessage());
        infos.put(e.name(), failed(e.name(), e.sha256(), "cannot restore: " + ex.getMessage()));
      }
    }
  }

  /** Deploys a new or changed file. Refused files are reported and leave the old version running. */
  @Override
  public void deploy(String name, byte[] file) {
    PreparedPlugin prepared;
    try {
      prepared = PluginPreparer.prepare(name, file);
    } catch (PluginException e) {
      refuse(name, Digests.sha256(file), e.getMessage());
      return;
    }
    ManifestEntry previousEntry = manifest.get(name);
    try {
      store.storeJar(prepared.sha256(), file);
      ManifestEntry entry = new ManifestEntry(name, prepared.sha256(), clock.millis());
      Map<String, ManifestEntry> next = new LinkedHashMap<>(manifest);
      next.put(name, entry);
      store.save(new ArrayList<>(next.values()));
      manifest.put(name, entry);
      Bundle bundle = bundles.installOrUpdate(name, prepared.bundleBytes());
      activate(prepared, bundle);
      LOG.info("plugin {} deployed: {}", name, infos.get(name));
    } catch (BundleException e) {
      // The framework refused the bundle (e.g. the same symbolic name and version is installed
      // already): put the manifest back as it was, so a restart does not retry it.
      restore(name, previousEntry);
      refuse(name, prepared.sha256(), "cannot install: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.error("plugin {} could not be deployed", name, e);
      infos.put(name, failed(name, prepared.sha256(), "deploy failed: " + e.getMessage()));
    }
  }

  /** Removes a plugin whose file left {@code deploy/}. */
  @Override
  public void undeploy(String name) {
    try {
      forget(name);
      Bundle bundle = bundles.find(name);
      if (bundle != null) {
        bundles.uninstall(bundle);
      }
      infos.remove(name);
      store.deleteUnreferencedJars(new ArrayList<>(manifest.values()));
      LOG.info("plugin {} undeployed", name);
    } catch (IOException | BundleException | RuntimeException e) {
      LOG.error("plugin {} could not be undeployed", name, e);
      PluginInfo old = infos.get(name);
      infos.put(name, failed(name, old == null ? null : old.sha256(),
          "undeploy failed: " + e.getMessage()));
    }
  }

  private void restore(String name, ManifestEntry previousEntry) {
    try {
      if (previousEntry == null) {
        forget(name);
      } else {
        Map<String, ManifestEntry> next = new LinkedHashMap<>(manifest);
        next.put(name, previousEntry);
        store.save(new ArrayList<>(next.values()));
        manifest.put(name, previousEntry);
      }
    } catch (IOException e) {
      LOG.error("cannot write the plugin manifest back for {}", name, e);
    }
  }

  private void forget(String name) throws IOException {
    if (manifest.containsKey(name)) {
      Map<String, ManifestEntry> next = new LinkedHashMap<>(manifest);
      next.remove(name);
      store.save(new ArrayList<>(next.values()));
      manifest.remove(name);
    }
  }

  private void activate(PreparedPlugin prepared, Bundle bundle) {
    String startError = bundles.start(bundle);
    if (startError != null) {
      infos.put(prepared.name(), info(prepared, List.of(), List.of(), PluginState.INSTALLED,
          startError));
      return;
    }
    ExtensionActivator.Result result =
        extensions.activate(bundle, prepared.declaredExtensions(), prepared.wrapped());
    List<String> errors = new ArrayList<>(result.errors());
    if (result.extensions().isEmpty() && errors.isEmpty()) {
      errors.add("no extension found: the plugin registers no UDF, trigger, model or codec");
    }
    PluginState state = errors.isEmpty() ? PluginState.ACTIVE : PluginState.FAILED;
    infos.put(prepared.name(), info(prepared, result.kinds(), result.extensions(), state,
        errors.isEmpty() ? null : String.join("; ", errors)));
  }

  private void refuse(String name, String sha, String reason) {
    PluginInfo running = infos.get(name);
    if (running != null && manifest.containsKey(name)) {
      // Keep the recorded version running and say why the new file was not taken.
      infos.put(name, new PluginInfo(name, running.kinds(), running.extensions(),
          running.symbolicName(), running.version(), PluginState.FAILED,
          "new file refused (" + reason + "); still running the previous version",
          running.sha256(), running.wrapped()));
    } else {
      infos.put(name, failed(name, sha, reason));
    }
    LOG.warn("plugin {} refused: {}", name, reason);
  }

  private void uninstallQuietly(Bundle b) {
    try {
      bundles.uninstall(b);
    } catch (BundleException | RuntimeException e) {
      LOG.warn("cannot uninstall stale plugin bundle {}: {}", b.getLocation(), e.getMessage());
    }
  }

  private static PluginInfo info(PreparedPlugin p, List<String> kinds, List<String> exts,
      PluginState state, String error) {
    return new PluginInfo(p.name(), kinds, exts, p.symbolicName(), p.version(), state, error,
        p.sha256(), p.wrapped());
  }

  private static PluginInfo failed(String name, String sha, String error) {
    return new PluginInfo(name, List.of(), List.of(), null, null, PluginState.FAILED, error, sha,
        false);
  }
}
