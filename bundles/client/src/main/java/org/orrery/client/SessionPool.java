package org.orrery.client;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;

/**
 * Up to {@code maxSize} sessions shared by many threads. Each call borrows a session (opening one
 * when none is idle, waiting when {@code maxSize} are in use) and returns it afterwards; a query's
 * session returns when its data set is exhausted or closed. A call that fails because the
 * connection broke is retried once on a freshly opened session (the server is not asked to
 * redirect); other errors reach the caller unchanged.
 */
public final class SessionPool implements AutoCloseable {
  private final Session.Builder template;
  private final Semaphore permits;
  private final Deque<Session> idle = new ArrayDeque<>();
  private volatile boolean closed;

  /** @param template the settings of every session (snapshotted per session it builds) */
  public SessionPool(Session.Builder template, int maxSize) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("pool size must be positive: " + maxSize);
    }
    this.template = template;
    this.permits = new Semaphore(maxSize, true);
  }

  public StatementResult execute(String sql) {
    return withRetry(session -> session.execute(sql, releaser(session)), false);
  }

  public SessionDataSet executeQuery(String sql) {
    StatementResult result = execute(sql);
    if (!result.hasRows()) {
      throw new ClientException(ErrorCode.ILLEGAL_ARGUMENT, "statement returned no rows: " + sql);
    }
    return result.dataSet();
  }

  public void executeNonQuery(String sql) {
    execute(sql).close();
  }

  public void insertTablet(Tablet tablet) {
    withRetry(session -> { session.insertTablet(tablet); return null; }, true);
  }

  public void insertTablets(List<Tablet> tablets) {
    withRetry(session -> { session.insertTablets(tablets); return null; }, true);
  }

  public void insertRecord(
      String device, long time, List<String> measurements, List<DataType> types, List<Object> values) {
    withRetry(session -> { session.insertRecord(device, time, measurements, types, values); return null; }, true);
  }

  public void insertRecords(
      List<String> devices,
      List<Long> times,
      List<List<String>> measurements,
      List<List<DataType>> types,
      List<List<Object>> values) {
    withRetry(
        session -> { session.insertRecords(devices, times, measurements, types, values); return null; }, true);
  }

  /**
   * Runs {@code call} on a borrowed session. When {@code releaseAfter}, the session returns at
   * once; otherwise the call's result returns it (through {@link #releaser}).
   */
  private <T> T withRetry(Function<Session, T> call, boolean releaseAfter) {
    Session session = borrow(false);
    try {
      return runOn(session, call, releaseAfter);
    } catch (ClientConnectionException broken) {
      // the retry gets a new connection: an idle one may be just as stale as the broken one
      Session fresh = borrow(true);
      return runOn(fresh, call, releaseAfter);
    }
  }

  private <T> T runOn(Session session, Function<Session, T> call, boolean releaseAfter) {
    T result;
    try {
      result = call.apply(session);
    } catch (ClientConnectionException broken) {
      discard(session);
      throw broken;
    } catch (RuntimeException e) {
      // a statement error leaves the session usable; no data set holds it
      giveBack(session);
      throw e;
    }
    if (releaseAfter) {
      giveBack(session);
    }
    return result;
  }

  private Runnable releaser(Session session) {
    return () -> giveBack(session);
  }

  private Session borrow(boolean fresh) {
    if (closed) {
      throw new ClientException(ErrorCode.ILLEGAL_ARGUMENT, "session pool is closed");
    }
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientException(ErrorCode.QUERY_CANCELLED, "interrupted while waiting for a pooled session", e);
    }
    try {
      if (!fresh) {
        Session session;
        while ((session = pollIdle()) != null) {
          if (session.isOpen()) {
            return session;
          }
          session.close();
        }
      }
      Session session = template.build();
      session.open();
      return session;
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private synchronized Session pollIdle() {
    return idle.pollFirst();
  }

  private void giveBack(Session session) {
    boolean keep;
    synchronized (this) {
      keep = !closed && session.isOpen();
      if (keep) {
        idle.addFirst(session);
      }
    }
    if (!keep) {
      session.close();
    }
    permits.release();
  }

  /** A session whose connection broke is closed, never reused. */
  private void discard(Session session) {
    try {
      session.close();
    } finally {
      permits.release();
    }
  }

  /** Closes the idle sessions; sessions in use close when they are given back. */
  @Override
  public void close() {
    Deque<Session> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayDeque<>(idle);
      idle.clear();
    }
    for (Session session : toClose) {
      session.close();
    }
  }
}
