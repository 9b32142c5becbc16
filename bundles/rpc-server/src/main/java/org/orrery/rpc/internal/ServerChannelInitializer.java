package org.orrery.rpc.internal;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/** The pipeline of each connection: limiter, TLS, idle timer, frame decoder, connection logic. */
public final class ServerChannelInitializer extends ChannelInitializer<SocketChannel> {
  private final ServerContext server;
  private final SslContext tls;
  private final ChannelGroup channels;
  private final ConnectionLimiter limiter;
  private final RequestProcessor processor;

  /** @param tls the TLS context, or null for plain TCP */
  public ServerChannelInitializer(ServerContext server, SslContext tls, ChannelGroup channels) {
    this.server = server;
    this.tls = tls;
    this.channels = channels;
    this.limiter = new ConnectionLimiter(server);
    this.processor = new RequestProcessor(server);
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    channels.add(channel);
    ChannelPipeline pipeline = channel.pipeline();
    pipeline.addLast("limiter", limiter);
    if (tls != null) {
      pipeline.addLast("tls", tls.newHandler(channel.alloc()));
    }
    int idle = server.config().idleTimeoutSeconds();
    if (idle > 0) {
      pipeline.addLast("idle", new IdleStateHandler(0, 0, idle, TimeUnit.SECONDS));
    }
    pipeline.addLast("frames", new FrameDecoder(server));
    pipeline.addLast("connection", new ConnectionHandler(server, processor));
  }
}
