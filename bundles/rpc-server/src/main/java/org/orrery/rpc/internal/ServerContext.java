package org.orrery.rpc.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.orrery.engine.auth.UserService;
import org.orrery.engine.query.QueryEngine;
import org.orrery.protocol.FrameCodec;
import org.orrery.protocol.message.Message;
import org.orrery.rpc.RpcServerConfig;

/** What every connection of one server shares: settings, engine, users, codec and workers. */
public final class ServerContext {
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

  long nextSessionId() {
    return sessionIds.incrementAndGet();
  }

  /** The frame of {@code message} as a Netty buffer (wrapping, not copying, the encoded bytes). */
  ByteBuf frame(int requestId, Message message) {
    return Unpooled.wrappedBuffer(codec.encode(requestId, message));
  }
}
