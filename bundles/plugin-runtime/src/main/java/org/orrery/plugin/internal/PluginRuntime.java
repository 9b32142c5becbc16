package org.orrery.plugin.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.orrery.plugin.PluginInfo;
import org.orrery.plugin.PluginRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin runtime: replays the manifest at start-up, then scans {@code deploy/} on one worker
 * thread. All changes happen on that thread, so deploys never race each other.
 */
@Component(
    service = PluginRegistry.class,
    configurationPid = "org.orrery.plugins",
    configurationPolicy = ConfigurationPolicy.OPTIONAL,
    immediate = true)
@Designate(ocd = PluginRuntimeConfiguration.class)
public class PluginRuntime implements PluginRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(PluginRuntime.class);

  @Reference(cardinality = ReferenceCardinality.OPTIONAL)
  volatile ServiceComponentRuntime scr;

  private ScheduledExecutorService worker;
  private PluginDeployer deployer;

  @Activate
  void activate(BundleContext context, PluginRuntimeConfiguration config) {
    Path deployDir = dir(config.deploy_dir(), "karaf.base", "deploy");
    Path systemDir = dir(config.system_dir(), "karaf.data", "system/plugins");
    Clock clock = Clock.systemUTC();
    deployer = new PluginDeployer(new PluginStore(systemDir), new BundleOperations(context),
        new ExtensionActivator(context, scr), clock);
    DeployFolderWatcher watcher =
        new DeployFolderWatcher(deployDir, deployer, config.settle_ms(), clock::millis);
    worker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "orrery-plugin-runtime");
      t.setDaemon(true);
      return t;
    });
    worker.execute(() -> {
      try {
        deployer.replay();
      } catch (Exception e) {
        LOG.error("plugin manifest replay failed", e);
      }
    });
    worker.scheduleWithFixedDelay(watcher::scan, 0, config.poll_interval_ms(),
        TimeUnit.MILLISECONDS);
    LOG.info("plugin runtime watching {} (state in {})", deployDir, systemDir);
  }

  @Deactivate
  void deactivate() throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(30, TimeUnit.SECONDS);
  }

  @Override
  public List<PluginInfo> plugins() {
    return deployer.plugins();
  }

  @Override
  public Optional<PluginInfo> plugin(String name) {
    return deployer.plugin(name);
  }

  private static Path dir(String configured, String baseProperty, String relative) {
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String base = System.getProperty(baseProperty, ".");
    return Path.of(base).resolve(relative);
  }
}
