package org.orrery.storage.region;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;

/**
 * The memtable memory of all regions against a budget. Writers ask for room before they write;
 * while the memtables (working and flushing) are over budget they wait for flushes to release
 * memory, and give up with WRITE_REJECTED after the configured timeout. Memory stays bounded
 * because nothing is added while over budget, so the engine slows writers down instead of
 * running out of heap.
 */
public final class MemoryBudget {
  private final long budgetBytes;
  private final long timeoutMillis;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition released = lock.newCondition();
  private long used;
  private long rejected;
  private long waits;

  public MemoryBudget(long budgetBytes, long timeoutMillis) {
    this.budgetBytes = budgetBytes;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Waits until the memtables are under budget; {@code onPressure} runs (without locks held) once
   * when the caller has to wait, to start flushes that will free memory.
   *
   * @throws OrreryException WRITE_REJECTED naming the budget when the wait times out
   */
  public void awaitRoom(Runnable onPressure) {
    lock.lock();
    try {
      if (used < budgetBytes) {
        return;
      }
      waits++;
    } finally {
      lock.unlock();
    }
    onPressure.run();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    lock.lock();
    try {
      while (used >= budgetBytes) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          rejected++;
          throw new OrreryException(
              ErrorCode.WRITE_REJECTED,
              "memtables hold " + used + " bytes, over the budget of " + budgetBytes
                  + " bytes, and flushing did not free memory within " + timeoutMillis + " ms");
        }
        try {
          released.awaitNanos(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new OrreryException(ErrorCode.WRITE_REJECTED, "interrupted while waiting for memtable memory");
        }
      }
    } finally {
      lock.unlock();
    }
  }

  public void add(long bytes) {
    lock.lock();
    try {
      used += bytes;
    } finally {
      lock.unlock();
    }
  }

  public void release(long bytes) {
    lock.lock();
    try {
      used -= bytes;
      released.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public long used() {
    lock.lock();
    try {
      return used;
    } finally {
      lock.unlock();
    }
  }

  public long budget() {
    return budgetBytes;
  }

  /** How often a writer had to wait, and how many were rejected. */
  public long waits() {
    lock.lock();
    try {
      return waits;
    } finally {
      lock.unlock();
    }
  }

  public long rejected() {
    lock.lock();
    try {
      return rejected;
    } finally {
      lock.unlock();
    }
  }
}
