package org.orrery.rpc.internal;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.atomic.AtomicInteger;
import org.orrery.common.error.ErrorCode;
import org.orrery.protocol.message.ErrorResponse;

/**
 * Refuses connections beyond the configured maximum: the extra connection gets an ERROR frame
 * (plain TCP only; under TLS nothing can be sent before the TLS handshake) and is closed.
 */
@Sharable
final class ConnectionLimiter extends ChannelInboundHandlerAdapter {
  private final ServerContext server;
  private final AtomicInteger active = new AtomicInteger();

  ConnectionLimiter(ServerContext server) {
    this.server = server;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    int now = active.incrementAndGet();
    int limit = server.config().maxConnections();
    if (now > limit) {
      ctx.channel().config().setAutoRead(false);
      if (server.config().tls().isPresent()) {
        ctx.close();
      } else {
        ctx.writeAndFlush(server.frame(0, new ErrorResponse(
                ErrorCode.TOO_MANY_CONNECTIONS, "too many connections: the server accepts " + limit)))
            .addListener(ChannelFutureListener.CLOSE);
      }
      return;
    }
    ctx.fireChannelActive();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    active.decrementAndGet();
    ctx.fireChannelInactive();
  }

  /** Connections currently counted. */
  int active() {
    return active.get();
  }
}
