package org.orrery.rpc;

import java.util.Optional;
import org.orrery.protocol.Protocol;

/**
 * Settings of the server.
 *
 * @param host address to bind (default {@code 127.0.0.1}; {@code 0.0.0.0} for all interfaces)
 * @param port TCP port (default 6667; 0 picks a free port, see {@link RpcServer#port()})
 * @param maxConnections connections served at once; more are refused with an error frame
 * @param maxFrameSize largest accepted frame payload in bytes
 * @param idleTimeoutSeconds a connection without traffic and without running work for this long
 *     is closed; 0 disables the timeout
 * @param maxPendingRequests pipelined requests queued per connection before the server stops
 *     reading from it
 * @param maxOpenQueries queries one connection may keep open at once
 * @param tls the TLS identity, or empty for plain TCP
 */
public record RpcServerConfig(
    String host,
    int port,
    int maxConnections,
    int maxFrameSize,
    int idleTimeoutSeconds,
    int maxPendingRequests,
    int maxOpenQueries,
    Optional<TlsSettings> tls) {

  public RpcServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("rpc port out of range: " + port);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("max connections must be positive: " + maxConnections);
    }
    if (maxFrameSize < 1024) {
      throw new IllegalArgumentException("max frame size must be at least 1024 bytes: " + maxFrameSize);
    }
    if (idleTimeoutSeconds < 0) {
      throw new IllegalArgumentException("negative idle timeout: " + idleTimeoutSeconds);
    }
    if (maxPendingRequests < 1) {
      throw new IllegalArgumentException("max pending requests must be positive: " + maxPendingRequests);
    }
    if (maxOpenQueries < 1) {
      throw new IllegalArgumentException("max open queries must be positive: " + maxOpenQueries);
    }
    tls = tls == null ? Optional.empty() : tls;
  }

  /** The defaults: loopback, port 6667, 1000 connections, 64 MiB frames, 1 h idle timeout. */
  public static RpcServerConfig defaults() {
    return new RpcServerConfig(
        "127.0.0.1", Protocol.DEFAULT_PORT, 1000, Protocol.DEFAULT_MAX_FRAME_SIZE, 3600, 16, 64, Optional.empty());
  }

  public RpcServerConfig withHost(String host) {
    return new RpcServerConfig(host, port, maxConnections, maxFrameSize, idleTimeoutSeconds, maxPendingRequests, maxOpenQueries, tls);
  }

  public RpcServerConfig withPort(int port) {
    return new RpcServerConfig(host, port, maxConnections, maxFrameSize, idleTimeoutSeconds, maxPendingRequests, maxOpenQueries, tls);
  }

  public RpcServerConfig withMaxConnections(int maxConnections) {
    return new RpcServerConfig(host, port, maxConnections, maxFrameSize, idleTimeoutSeconds, maxPendingRequests, maxOpenQueries, tls);
  }

  public RpcServerConfig withMaxFrameSize(int maxFrameSize) {
    return new RpcServerConfig(host, port, maxConnections, maxFrameSize, idleTimeoutSeconds, maxPendingRequests, maxOpenQueries, tls);
  }

  public RpcServerConfig withIdleTimeoutSeconds(int idleTimeoutSeconds) {
    return new RpcServerConfig(host, port, maxConnections, maxFrameSize, idleTimeoutSeconds, maxPendingRequests, maxOpenQueries, tls);
  }

  public RpcServerConfig withMaxPendingRequests(int maxPendingRequests) {
    return new RpcServerConfig(host, port, maxConnections, maxFrameSize, idleTimeoutSeconds, maxPendingRequests, maxOpenQueries, tls);
  }

  public RpcServerConfig withMaxOpenQueries(int maxOpenQueries) {
    return new RpcServerConfig(host, port, maxConnections, maxFrameSize, idleTimeoutSeconds, maxPendingRequests, maxOpenQueries, tls);
  }

  public RpcServerConfig withTls(TlsSettings tls) {
    return new RpcServerConfig(host, port, maxConnections, maxFrameSize, idleTimeoutSeconds, maxPendingRequests, maxOpenQueries, Optional.ofNullable(tls));
  }
}
