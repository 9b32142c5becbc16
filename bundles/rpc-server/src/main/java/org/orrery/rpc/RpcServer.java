package org.orrery.rpc;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Properties;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.auth.UserService;
import org.orrery.engine.query.QueryEngine;
import org.orrery.protocol.FrameCodec;
import org.orrery.protocol.ProtocolLimits;
import org.orrery.rpc.internal.ServerChannelInitializer;
import org.orrery.rpc.internal.ServerContext;
import org.orrery.rpc.internal.TlsContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The native-protocol server. Lifecycle: construct → {@link #start()} → {@link #close()}.
 * Netty event loops only move bytes; statements and inserts run on worker threads, at most one
 * request at a time per connection (so pipelined requests of a connection run in order), with
 * up to one worker per connection so that a long query never delays another connection.
 */
public final class RpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RpcServer.class);

  private final RpcServerConfig config;
  private final QueryEngine engine;
  private final UserService users;
  private EventLoopGroup acceptor;
  private EventLoopGroup io;
  private ThreadPoolExecutor workers;
  private ChannelGroup channels;
  private Channel serverChannel;

  public RpcServer(RpcServerConfig config, QueryEngine engine, UserService users) {
    this.config = config;
    this.engine = engine;
    this.users = users;
  }

  /**
   * Binds the port and starts serving.
   *
   * @throws OrreryException IO_ERROR naming the address when it cannot be bound, or when the TLS
   *     key store cannot be loaded
   */
  public synchronized void start() {
    if (serverChannel != null) {
      throw new IllegalStateException("rpc server already started on port " + port());
    }
    SslContext tls = config.tls().map(TlsContexts::server).orElse(null);
    // A cached pool: an idle worker is reused, a new one is started only when all are busy. (A
    // fixed-size pool with a core of max.connections would start a NEW thread for every request
    // until it held that many, costing ~0.5-1 ms per request and cold thread-local buffers in the
    // engine.) At most one drain runs per connection, so the connection limit bounds the threads.
    workers = new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), namedDaemons("orrery-rpc-worker"));
    ServerContext context = new ServerContext(
        config, engine, users, new FrameCodec(ProtocolLimits.forFrameSize(config.maxFrameSize())), workers,
        "Orrery " + ProjectVersion.VALUE);
    acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("orrery-rpc-accept", true));
    io = new NioEventLoopGroup(0, new DefaultThreadFactory("orrery-rpc-io", true));
    channels = new DefaultChannelGroup("orrery-rpc", GlobalEventExecutor.INSTANCE);
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(acceptor, io)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childOption(ChannelOption.SO_KEEPALIVE, true)
        .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(1 << 20, 4 << 20))
        .childHandler(new ServerChannelInitializer(context, tls, channels));
    try {
      serverChannel = bootstrap.bind(config.host(), config.port()).syncUninterruptibly().channel();
    } catch (RuntimeException e) {
      close();
      throw new OrreryException(
          ErrorCode.IO_ERROR, "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    LOG.info("Orrery native protocol listening on {}:{}{}", config.host(), port(), tls != null ? " (TLS)" : "");
  }

  private static java.util.concurrent.ThreadFactory namedDaemons(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The bound port (useful with port 0). */
  public synchronized int port() {
    if (serverChannel == null) {
      throw new IllegalStateException("rpc server is not started");
    }
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /** Stops accepting, closes every connection (releasing their queries) and the threads. */
  @Override
  public synchronized void close() {
    if (serverChannel != null) {
      serverChannel.close().syncUninterruptibly();
      serverChannel = null;
    }
    if (channels != null) {
      channels.close().awaitUninterruptibly();
    }
    if (acceptor != null) {
      acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
      io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
      acceptor = null;
    }
    if (workers != null) {
      workers.shutdownNow();
      workers = null;
    }
  }

  /** The Orrery version, stamped into server.properties at build time. */
  private static final class ProjectVersion {
    static final String VALUE = load();

    private static String load() {
      try (InputStream in = RpcServer.class.getResourceAsStream("server.properties")) {
        if (in == null) {
          throw new IllegalStateException("server.properties is missing from the orrery-rpc-server jar");
        }
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
