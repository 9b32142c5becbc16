package org.orrery.server.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.orrery.server.status.BundleStatus;
import org.orrery.server.status.NodeStatus;
import org.orrery.server.status.NodeStatusService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** Builds {@link NodeStatus} snapshots from the framework's view of Orrery's bundles. */
@Component(
    service = NodeStatusService.class,
    configurationPid = "org.orrery.node",
    configurationPolicy = ConfigurationPolicy.OPTIONAL,
    immediate = true)
@Designate(ocd = NodeConfiguration.class)
public class NodeStatusComponent implements NodeStatusService {

  private final Clock clock = Clock.systemUTC();
  private BundleContext context;
  private Instant startedAt;
  private volatile NodeConfiguration config;

  @Activate
  void activate(BundleContext context, NodeConfiguration config) {
    this.context = context;
    this.config = config;
    this.startedAt = clock.instant();
  }

  @Modified
  void modified(NodeConfiguration config) {
    this.config = config;
  }

  @Override
  public NodeStatus status() {
    Instant now = clock.instant();
    List<BundleStatus> bundles = new ArrayList<>();
    for (Bundle bundle : context.getBundles()) {
      String bsn = bundle.getSymbolicName();
      if (bsn != null && bsn.startsWith(ORRERY_BUNDLE_PREFIX)) {
        bundles.add(toStatus(bundle));
      }
    }
    bundles.sort(Comparator.comparing(BundleStatus::symbolicName));
    return new NodeStatus(
        version(),
        config.node_id(),
        startedAt,
        Duration.between(startedAt, now),
        parseRoles(config.roles()),
        bundles);
  }

  private String version() {
    // Written by the build into this bundle's manifest; the bundle version has a timestamp.
    String release = context.getBundle().getHeaders("").get("Orrery-Version");
    return release != null ? release : context.getBundle().getVersion().toString();
  }

  static List<String> parseRoles(String roles) {
    return Arrays.stream(roles.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static BundleStatus toStatus(Bundle bundle) {
    boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    return new BundleStatus(
        bundle.getBundleId(),
        bundle.getSymbolicName(),
        bundle.getVersion().toString(),
        stateName(bundle.getState()),
        fragment);
  }

  static String stateName(int state) {
    return switch (state) {
      case Bundle.INSTALLED -> "INSTALLED";
      case Bundle.RESOLVED -> "RESOLVED";
      case Bundle.STARTING -> "STARTING";
      case Bundle.STOPPING -> "STOPPING";
      case Bundle.ACTIVE -> "ACTIVE";
      case Bundle.UNINSTALLED -> "UNINSTALLED";
      default -> "UNKNOWN(" + state + ")";
    };
  }
}
