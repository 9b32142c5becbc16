package org.orrery.rpc.internal;

import java.nio.file.Path;
import java.util.Map;
import org.orrery.engine.auth.UserService;
import org.orrery.engine.query.QueryEngine;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;
import org.orrery.rpc.TlsSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Runs the {@link RpcServer} while a QueryEngine and a UserService are available. */
@Component(service = {}, configurationPid = "org.orrery.rpc", immediate = true)
@Designate(ocd = RpcServerConfiguration.class)
public final class RpcServerComponent {
  /** Environment variable that wins over the configured port. */
  static final String PORT_ENV = "ORRERY_RPC_PORT";

  private final RpcServer server;

  @Activate
  public RpcServerComponent(
      RpcServerConfiguration configuration,
      @Reference(name = "engine") QueryEngine engine,
      @Reference(name = "users") UserService users) {
    server = new RpcServer(toConfig(configuration, System.getenv()), engine, users);
    server.start();
  }

  @Deactivate
  void deactivate() {
    server.close();
  }

  static RpcServerConfig toConfig(RpcServerConfiguration c, Map<String, String> env) {
    RpcServerConfig config = RpcServerConfig.defaults()
        .withHost(c.host())
        .withPort(port(c.port(), env.get(PORT_ENV)))
        .withMaxConnections(c.max_connections())
        .withMaxFrameSize(c.max_frame_size())
        .withIdleTimeoutSeconds(c.idle_timeout_seconds())
        .withMaxPendingRequests(c.max_pending_requests())
        .withMaxOpenQueries(c.max_open_queries());
    if (c.tls_enabled()) {
      if (c.tls_keystore_path().isBlank()) {
        throw new IllegalArgumentException("tls.enabled is true but tls.keystore.path is empty");
      }
      config = config.withTls(new TlsSettings(
          Path.of(c.tls_keystore_path()), c.tls_keystore_password(), c.tls_keystore_type()));
    }
    return config;
  }

  static int port(int configured, String fromEnvironment) {
    if (fromEnvironment == null || fromEnvironment.isBlank()) {
      return configured;
    }
    try {
      return Integer.parseInt(fromEnvironment.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PORT_ENV + " is not a port number: '" + fromEnvironment + "'");
    }
  }
}
