package org.orrery.query.context;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.time.TimeContext;

/**
 * The running state of one query: its deadline, whether it was cancelled, and the memory its
 * operators declared. Operators call {@link #checkAlive()} before each unit of work, so a
 * cancelled or overdue query stops at the next block.
 */
public final class QueryContext {
  private final TimeContext time;
  private final long deadlineNanos;
  private final long timeoutMillis;
  private final long memoryLimit;
  private final AtomicLong reserved = new AtomicLong();
  private volatile boolean cancelled;
  private final AtomicLong statisticsUsed = new AtomicLong();
  private final AtomicLong segmentsDecoded = new AtomicLong();

  /**
   * @param timeoutMillis 0 for no timeout
   */
  public QueryContext(TimeContext time, long timeoutMillis, long memoryLimit) {
    this.time = time;
    this.timeoutMillis = timeoutMillis;
    this.deadlineNanos = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : 0;
    this.memoryLimit = memoryLimit;
  }

  /** The zone, precision and clock that resolve time literals of the statement. */
  public TimeContext time() {
    return time;
  }

  public Clock clock() {
    return time.clock();
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /** Fails with QUERY_CANCELLED or QUERY_TIMEOUT when the query must stop. */
  public void checkAlive() {
    if (cancelled) {
      throw new OrreryException(ErrorCode.QUERY_CANCELLED, "the query was cancelled");
    }
    if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
      throw new OrreryException(
          ErrorCode.QUERY_TIMEOUT, "the query ran longer than its timeout of " + timeoutMillis + " ms");
    }
  }

  /**
   * Declares {@code bytes} more memory held by {@code holder}.
   *
   * @throws OrreryException MEMORY_LIMIT_EXCEEDED naming the holder when the query's limit is passed
   */
  public void reserve(long bytes, String holder) {
    long total = reserved.addAndGet(bytes);
    if (total > memoryLimit) {
      reserved.addAndGet(-bytes);
      throw new OrreryException(
          ErrorCode.MEMORY_LIMIT_EXCEEDED,
          holder + " needs " + bytes + " more bytes, over the query memory limit of " + memoryLimit
              + " bytes");
    }
  }

  /** Gives back memory declared with {@link #reserve}. */
  public void release(long bytes) {
    reserved.addAndGet(-bytes);
  }

  /** Memory currently declared by the query's operators. */
  public long reservedBytes() {
    return reserved.get();
  }

  /** Records that an aggregation used a segment's statistics instead of its points. */
  public void countStatisticsUse() {
    statisticsUsed.incrementAndGet();
  }

  /** Records that an aggregation decoded a segment. */
  public void countDecodedSegment() {
    segmentsDecoded.incrementAndGet();
  }

  /** How many (segment, series) statistics aggregations of this query used. */
  public long statisticsUsed() {
    return statisticsUsed.get();
  }

  /** How many segments aggregations of this query decoded. */
  public long segmentsDecoded() {
    return segmentsDecoded.get();
  }
}
