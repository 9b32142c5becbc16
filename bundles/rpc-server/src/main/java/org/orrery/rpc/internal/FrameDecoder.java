package org.orrery.rpc.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.ByteBuffer;
import java.util.List;
import org.orrery.common.error.OrreryException;
import org.orrery.protocol.FrameHeader;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.message.ErrorResponse;

/**
 * Splits the byte stream into frames. The header is checked (magic, version, type, length within
 * the max frame size) as soon as its 16 bytes arrive, before the payload is awaited, so an
 * oversized or garbage frame is refused without buffering it. A broken stream is answered with an
 * ERROR frame (request id 0) and closed: after a bad frame nothing that follows can be trusted.
 * Only the header's 16 bytes ever wait in Netty's cumulation buffer.
 */
final class FrameDecoder extends ByteToMessageDecoder {
  private final ServerContext server;
  /**
   * Payload bytes allocated when a header arrives. A large payload's buffer then grows by
   * {@link #GROWTH}x as its bytes arrive, so a peer that announces a big frame and sends little
   * makes the server allocate at most {@value #GROWTH}x what it actually sent (a 64 MiB length
   * field alone costs 256 KiB), at the price of about one extra copy of a quarter of the frame.
   */
  private static final int FIRST_ALLOCATION = 256 * 1024;

  private static final int GROWTH = 4;

  private FrameHeader header;
  /**
   * The payload of the current frame (pooled), filled as its bytes arrive: each socket read is
   * copied straight into it, instead of letting Netty's cumulation buffer grow (by reallocating
   * and copying) to the whole frame and then copying the frame out of it.
   */
  private ByteBuf payload;
  private boolean failed;

  FrameDecoder(ServerContext server) {
    this.server = server;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    if (header == null) {
      if (in.readableBytes() < Protocol.HEADER_SIZE) {
        return;
      }
      ByteBuffer bytes = ByteBuffer.allocate(Protocol.HEADER_SIZE);
      in.readBytes(bytes);
      bytes.flip();
      try {
        header = server.codec().readHeader(bytes);
      } catch (OrreryException e) {
        fail(ctx, in, e);
        return;
      }
    }
    int length = header.payloadLength();
    if (payload == null) {
      payload = ctx.alloc().buffer(Math.min(length, FIRST_ALLOCATION), length);
    }
    while (in.isReadable() && payload.readableBytes() < length) {
      if (!payload.isWritable()) {
        ByteBuf larger = ctx.alloc().buffer((int) Math.min(length, (long) GROWTH * payload.capacity()), length);
        larger.writeBytes(payload);
        payload.release();
        payload = larger;
      }
      payload.writeBytes(in, Math.min(in.readableBytes(), payload.writableBytes()));
    }
    if (payload.readableBytes() < length) {
      return;
    }
    out.add(new InboundFrame(header, payload));
    header = null;
    payload = null;
  }

  /** A payload still being read when the connection ends goes back to the pool. */
  @Override
  protected void handlerRemoved0(ChannelHandlerContext ctx) {
    if (payload != null) {
      payload.release();
      payload = null;
    }
  }

  private void fail(ChannelHandlerContext ctx, ByteBuf in, OrreryException e) {
    failed = true;
    in.skipBytes(in.readableBytes());
    ctx.channel().config().setAutoRead(false);
    ctx.writeAndFlush(server.frame(0, new ErrorResponse(e.code(), e.getMessage())))
        .addListener(ChannelFutureListener.CLOSE);
  }
}
