package org.orrery.rpc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.rpc.RpcServerConfig;

class RpcServerComponentTest {

  /** The configuration with its declared defaults, except the given overrides. */
  private static RpcServerConfiguration config(boolean tls, String keyStore) {
    return new RpcServerConfiguration() {
      @Override public Class<? extends Annotation> annotationType() { return RpcServerConfiguration.class; }
      @Override public String host() { return "0.0.0.0"; }
      @Override public int port() { return 7000; }
      @Override public int max_connections() { return 5; }
      @Override public int max_frame_size() { return 1 << 20; }
      @Override public int idle_timeout_seconds() { return 30; }
      @Override public int max_pending_requests() { return 3; }
      @Override public int max_open_queries() { return 2; }
      @Override public boolean tls_enabled() { return tls; }
      @Override public String tls_keystore_path() { return keyStore; }
      @Override public String tls_keystore_password() { return "pw"; }
      @Override public String tls_keystore_type() { return "JKS"; }
    };
  }

  @Test
  void configurationMapsToServerSettings() {
    RpcServerConfig c = RpcServerComponent.toConfig(config(true, "/etc/orrery/server.jks"), Map.of());
    assertEquals("0.0.0.0", c.host());
    assertEquals(7000, c.port());
    assertEquals(5, c.maxConnections());
    assertEquals(1 << 20, c.maxFrameSize());
    assertEquals(30, c.idleTimeoutSeconds());
    assertEquals(3, c.maxPendingRequests());
    assertEquals(2, c.maxOpenQueries());
    assertEquals(Path.of("/etc/orrery/server.jks"), c.tls().orElseThrow().keyStore());
    assertEquals("JKS", c.tls().orElseThrow().keyStoreType());
    assertTrue(RpcServerComponent.toConfig(config(false, ""), Map.of()).tls().isEmpty());
  }

  @Test
  void environmentPortWinsOverConfiguration() {
    assertEquals(6999, RpcServerComponent.toConfig(config(false, ""), Map.of("ORRERY_RPC_PORT", " 6999 ")).port());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RpcServerComponent.toConfig(config(false, ""), Map.of("ORRERY_RPC_PORT", "66x")));
    assertTrue(e.getMessage().contains("66x"), e.getMessage());
  }

  @Test
  void tlsWithoutKeyStoreIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RpcServerComponent.toConfig(config(true, " "), Map.of()));
  }
}
