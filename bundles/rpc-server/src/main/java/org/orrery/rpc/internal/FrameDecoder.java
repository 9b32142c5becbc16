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
 */
final class FrameDecoder extends ByteToMessageDecoder {
  private final ServerContext server;
  private FrameHeader header;
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
    if (in.readableBytes() < header.payloadLength()) {
      return;
    }
    byte[] payload = new byte[header.payloadLength()];
    in.readBytes(payload);
    out.add(new InboundFrame(header, payload));
    header = null;
  }

  private void fail(ChannelHandlerContext ctx, ByteBuf in, OrreryException e) {
    failed = true;
    in.skipBytes(in.readableBytes());
    ctx.channel().config().setAutoRead(false);
    ctx.writeAndFlush(server.frame(0, new ErrorResponse(e.code(), e.getMessage())))
        .addListener(ChannelFutureListener.CLOSE);
  }
}
