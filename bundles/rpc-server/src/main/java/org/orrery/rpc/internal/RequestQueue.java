package org.orrery.rpc.internal;

import io.netty.channel.Channel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The requests of one connection, run one after another on the worker pool (never on the event
 * loop). Back-pressure in both directions: the connection stops reading when too many requests
 * or bytes are queued, and the queue stops running requests while the channel is not writable
 * (a slow reader), resuming when Netty reports it writable again.
 */
final class RequestQueue {
  private final Channel channel;
  private final Executor workers;
  private final Consumer<InboundFrame> runner;
  private final int maxPending;
  private final long maxPendingBytes;
  private final Queue<InboundFrame> frames = new ConcurrentLinkedQueue<>();
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicBoolean draining = new AtomicBoolean();

  RequestQueue(Channel channel, Executor workers, Consumer<InboundFrame> runner, int maxPending, long maxPendingBytes) {
    this.channel = channel;
    this.workers = workers;
    this.runner = runner;
    this.maxPending = maxPending;
    this.maxPendingBytes = maxPendingBytes;
  }

  /** Called on the event loop for each decoded frame. */
  void add(InboundFrame frame) {
    frames.add(frame);
    int queued = count.incrementAndGet();
    long queuedBytes = bytes.addAndGet(frame.length());
    if (queued >= maxPending || queuedBytes >= maxPendingBytes) {
      channel.config().setAutoRead(false);
    }
    schedule();
  }

  /**
   * Takes the next queued frame when {@code wanted} accepts it, so that the running request can
   * be served together with the ones queued behind it (pipelined inserts). Called only from the
   * runner; {@link #discard} on the event loop may empty the queue meanwhile, hence the removal
   * of exactly the frame that was tested (a frame is taken by one thread only).
   */
  InboundFrame pollIf(Predicate<InboundFrame> wanted) {
    InboundFrame next = frames.peek();
    if (next == null || !wanted.test(next) || !frames.remove(next)) {
      return null;
    }
    count.decrementAndGet();
    bytes.addAndGet(-next.length());
    return next;
  }

  /** Whether a request is waiting to run (not counting the one running). */
  boolean hasWaiting() {
    return !frames.isEmpty();
  }

  /** Whether a request is running or waiting (the connection is not idle). */
  boolean isBusy() {
    return draining.get() || !frames.isEmpty();
  }

  /** Called on the event loop when the channel's writability changes. */
  void writabilityChanged() {
    resumeReadingIfRoom();
    schedule();
  }

  private void schedule() {
    if (channel.isWritable() && !frames.isEmpty() && draining.compareAndSet(false, true)) {
      workers.execute(this::drain);
    }
  }

  private void drain() {
    try {
      while (channel.isActive() && channel.isWritable()) {
        InboundFrame frame = frames.poll();
        if (frame == null) {
          break;
        }
        count.decrementAndGet();
        bytes.addAndGet(-frame.length());
        runner.accept(frame);
      }
    } finally {
      draining.set(false);
      if (!channel.isActive()) {
        discard();
      } else {
        resumeReadingIfRoom();
        // a frame added while this drain was finishing would otherwise wait for the next one
        schedule();
      }
    }
  }

  /**
   * Drops (and releases) the queued frames of a closed connection. Each frame is taken by exactly
   * one poll, so a drain finishing at the same time never runs or releases a frame twice.
   */
  void discard() {
    for (InboundFrame frame = frames.poll(); frame != null; frame = frames.poll()) {
      count.decrementAndGet();
      bytes.addAndGet(-frame.length());
      frame.release();
    }
  }

  private void resumeReadingIfRoom() {
    if (channel.isActive() && channel.isWritable() && count.get() < maxPending && bytes.get() < maxPendingBytes
        && !channel.config().isAutoRead()) {
      channel.config().setAutoRead(true);
    }
  }
}
