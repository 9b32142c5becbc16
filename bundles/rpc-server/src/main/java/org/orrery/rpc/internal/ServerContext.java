package org.orrery.rpc.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.orrery.engine.auth.UserService;
import org.orrery.engine.query.QueryEngine;
import org.orrery.protocol.FrameCodec;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.message.Message;
import org.orrery.rpc.RpcServerConfig;

/** What every connection of one server shares: settings, engine, users, codec and workers. */
public final class ServerContext {
  /** Bytes after which an answer of several pages takes no further page (see {@link #answerByteBudget}). */
  private static final long ANSWER_BYTES = 4L << 20;

  private final RpcServerConfig config;
  private final QueryEngine engine;
  private final UserService users;
  private final FrameCodec codec;
  private final ExecutorService workers;
  private final String serverVersion;
  private final AtomicLong sessionIds = new AtomicLong();

  public ServerContext(
      RpcServerConfig config, QueryEngine engine, UserService users, FrameCodec codec, ExecutorService workers,
      String serverVersion) {
    this.config = config;
    this.engine = engine;
    this.users = users;
    this.codec = codec;
    this.workers = workers;
    this.serverVersion = serverVersion;
  }

  RpcServerConfig config() {
    return config;
  }

  QueryEngine engine() {
    return engine;
  }

  UserService users() {
    return users;
  }

  FrameCodec codec() {
    return codec;
  }

  ExecutorService workers() {
    return workers;
  }

  String serverVersion() {
    return serverVersion;
  }

  /**
   * Bytes after which an answer of several pages takes no further page: 4 MiB, or half the max
   * frame size when that is smaller (one page may still fill a frame, as in protocol version 1).
   */
  long answerByteBudget() {
    return Math.min(ANSWER_BYTES, config.maxFrameSize() / 2);
  }

  long nextSessionId() {
    return sessionIds.incrementAndGet();
  }

  /**
   * The frame of {@code message} in protocol version 1 (what every client reads) as a Netty
   * buffer, for answers to frames that could not be read.
   */
  ByteBuf frame(int requestId, Message message) {
    return frame(Protocol.VERSION_1, requestId, message);
  }

  /**
   * The frame of {@code message} in protocol {@code version} (the version of the request it
   * answers) as a Netty buffer, wrapping, not copying, the encoded bytes.
   */
  ByteBuf frame(int version, int requestId, Message message) {
    return Unpooled.wrappedBuffer(codec.encode(version, requestId, message, null));
  }
}
