package org.orrery.rpc.internal;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayList;
import java.util.List;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.protocol.MessageType;
import org.orrery.protocol.message.CancelRequest;
import org.orrery.protocol.message.CloseQueryRequest;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection: queues its requests for the workers, answers CANCEL at once (it must overtake
 * the FETCH it cancels), closes idle connections and releases open queries when the connection
 * ends.
 */
final class ConnectionHandler extends SimpleChannelInboundHandler<InboundFrame> {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionHandler.class);

  private final ServerContext server;
  private final RequestProcessor processor;
  private final ClientSession session;
  private RequestQueue queue;
  private ChannelHandlerContext ctx;
  private String peer = "?";
  /** Set once a reply that ends the connection was sent; later requests are dropped. */
  private volatile boolean closing;

  ConnectionHandler(ServerContext server, RequestProcessor processor) {
    this.server = server;
    this.processor = processor;
    this.session = new ClientSession(server.config().maxOpenQueries());
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
    this.peer = String.valueOf(ctx.channel().remoteAddress());
    this.queue = new RequestQueue(
        ctx.channel(), server.workers(), this::run, server.config().maxPendingRequests(),
        2L * server.config().maxFrameSize());
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, InboundFrame frame) {
    if (closing) {
      frame.release();
      return;
    }
    if (frame.header().type() == MessageType.CANCEL && session.isOpen()) {
      cancelNow(frame);
      return;
    }
    if (frame.header().type() == MessageType.CLOSE_QUERY && session.isOpen()) {
      abandonPageAhead(frame);
    }
    queue.add(frame);
  }

  /**
   * A CLOSE_QUERY must not wait for a page the worker is producing ahead for that query (see
   * {@link OpenQuery}): that work is cancelled here, the close itself still runs in order.
   */
  private void abandonPageAhead(InboundFrame frame) {
    try {
      Message request = server.codec().decodePayload(frame.header(), frame.payloadBuffer());
      session.queries().abandonPageAhead(((CloseQueryRequest) request).queryId());
    } catch (RuntimeException e) {
      // a malformed CLOSE_QUERY is answered by the worker when it decodes the frame in order
    }
  }

  private void cancelNow(InboundFrame frame) {
    Reply reply;
    try {
      Message request = server.codec().decodePayload(frame.header(), frame.payloadBuffer());
      reply = RequestProcessor.cancel(session, (CancelRequest) request);
    } catch (OrreryException e) {
      reply = Reply.closing(new ErrorResponse(e.code(), e.getMessage()));
    } catch (RuntimeException e) {
      reply = Reply.of(Errors.toResponse(e, "CANCEL"));
    } finally {
      frame.release();
    }
    send(frame.header().version(), frame.requestId(), reply);
  }

  /** Runs one request on a worker and sends its reply; the frame is released either way. */
  private void run(InboundFrame frame) {
    if (closing) {
      frame.release();
      return;
    }
    if (frame.header().type() == MessageType.INSERT_TABLETS && session.isOpen()) {
      runInserts(frame);
      return;
    }
    Reply reply;
    try {
      reply = processor.process(session, frame, peer);
    } catch (RuntimeException e) {
      // a bug outside the request handlers (e.g. in a UserService): fail the request, keep serving
      reply = Reply.of(Errors.toResponse(e, frame.header().type().toString()));
    } finally {
      frame.release();
    }
    send(frame.header().version(), frame.requestId(), reply);
    if (!closing && !reply.closeAfter() && !queue.hasWaiting() && ctx.channel().isWritable()) {
      // nothing else of this connection is waiting: use the time until the next FETCH arrives
      processor.prepareAhead(session, reply.message());
    }
  }

  /**
   * Runs an INSERT_TABLETS request together with the INSERT_TABLETS requests queued right behind
   * it (a client pipelining its inserts), as one engine write: one WAL commit for all of them.
   * The group is bounded by the max frame size in payload bytes; each request still gets its own
   * answer, in order, and only after the whole group is written.
   */
  private void runInserts(InboundFrame first) {
    List<InboundFrame> group = new ArrayList<>();
    group.add(first);
    long bytes = first.length();
    long maxBytes = server.config().maxFrameSize();
    while (true) {
      long room = maxBytes - bytes;
      InboundFrame next = queue.pollIf(
          f -> f.header().type() == MessageType.INSERT_TABLETS && f.length() <= room);
      if (next == null) {
        break;
      }
      group.add(next);
      bytes += next.length();
    }
    List<Reply> replies;
    try {
      replies = processor.processInserts(session, group);
    } catch (RuntimeException e) {
      Reply failure = Reply.of(Errors.toResponse(e, "INSERT_TABLETS"));
      replies = new ArrayList<>();
      for (int i = 0; i < group.size(); i++) {
        replies.add(failure);
      }
    } finally {
      for (InboundFrame frame : group) {
        frame.release();
      }
    }
    for (int i = 0; i < replies.size() && !closing; i++) {
      send(group.get(i).header().version(), group.get(i).requestId(), replies.get(i));
    }
  }

  /** Sends {@code reply} in protocol {@code version}: the version of the request it answers. */
  private void send(int version, int requestId, Reply reply) {
    ChannelFuture written;
    try {
      written = ctx.writeAndFlush(server.frame(version, requestId, reply.message()));
    } catch (OrreryException e) {
      // e.g. a page over the frame limit: the request fails, the connection stays usable
      written = ctx.writeAndFlush(server.frame(version, requestId, new ErrorResponse(
          e.code(), e.getMessage() + "; use a smaller fetch size")));
    } catch (RuntimeException e) {
      written = ctx.writeAndFlush(server.frame(version, requestId, Errors.toResponse(e, "encoding the answer")));
    }
    if (reply.closeAfter()) {
      closing = true;
      written.addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    queue.writabilityChanged();
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof IdleStateEvent && !queue.isBusy()) {
      closing = true;
      String message = "connection idle for " + server.config().idleTimeoutSeconds() + " s; closed by the server";
      ctx.writeAndFlush(server.frame(0, new ErrorResponse(ErrorCode.IDLE_TIMEOUT, message)))
          .addListener(ChannelFutureListener.CLOSE);
    } else {
      ctx.fireUserEventTriggered(event);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    closing = true;
    queue.discard();
    List<RuntimeException> failures = session.queries().closeAll();
    for (RuntimeException failure : failures) {
      LOG.warn("closing a query of {} failed", peer, failure);
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // resets and TLS failures are routine on a network server: log briefly and drop the connection
    LOG.debug("connection {} failed: {}", peer, cause.toString());
    ctx.close();
  }
}
