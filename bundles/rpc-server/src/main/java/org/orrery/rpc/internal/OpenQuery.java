package org.orrery.rpc.internal;

import org.orrery.engine.query.ExecutionResult;
import org.orrery.protocol.PageCompression;
import org.orrery.protocol.message.ResultPage;

/**
 * One open query of a connection and at most ONE page produced ahead of the client's FETCH.
 *
 * <p>Why: without it the server computed a page only when its FETCH arrived, so the engine's work
 * and the page's trip to the client (event loop, loopback, client reader, caller) took turns. The
 * connection's worker now produces the next page right after sending one while nothing else of
 * the connection is waiting; the FETCH that follows is answered with it at once. Memory: at most
 * one page (the fetch size the client asked last) per open query, i.e. per connection at most
 * {@code max.open.queries} pages.
 *
 * <p>Threads: {@link #prepareNext} and {@link #takePage} run on the connection's worker (one
 * request at a time); {@link #cancel} comes from the event loop and discards a page produced
 * ahead, so a FETCH after CANCEL still fails with the engine's cancellation.
 */
final class OpenQuery {
  private final ExecutionResult result;
  private ResultPage prepared;
  private RuntimeException preparedFailure;
  private boolean cancelled;
  /** The fetch size and page count of the query's last request: what an answer produced ahead holds at most. */
  private volatile int fetchSize;
  private volatile int pages;
  private final long byteBudget;
  /** Whether {@link #prepareNext} is running (so a CLOSE_QUERY can stop it). */
  private boolean producing;
  /** A CLOSE_QUERY is on its way: produce nothing more ahead. */
  private boolean closing;

  /** @param byteBudget bytes after which an answer of several pages takes no further page */
  OpenQuery(ExecutionResult result, long byteBudget) {
    this.result = result;
    this.byteBudget = byteBudget;
  }

  /**
   * The next page: the one produced ahead when there is one, else a new one of up to {@code
   * fetchSize} rows. A page produced ahead has the fetch size of the query's previous request
   * (clients keep one fetch size per query; rows cannot be put back once read from the engine).
   *
   * @throws RuntimeException the engine's failure, also when it happened while producing ahead
   */
  ResultPage takePage(int fetchSize, int pages, PageCompression compression) {
    this.fetchSize = fetchSize;
    this.pages = pages;
    ResultPage page;
    RuntimeException failure;
    synchronized (this) {
      page = prepared;
      failure = preparedFailure;
      prepared = null;
      preparedFailure = null;
    }
    if (failure != null) {
      throw failure;
    }
    return page != null ? page : PageCollector.collect(result, fetchSize, pages, byteBudget, compression);
  }

  /**
   * Produces the next page (of the last request's fetch size) ahead of its FETCH; nothing when
   * one is already in hand or the query was cancelled.
   */
  void prepareNext(PageCompression compression) {
    synchronized (this) {
      if (cancelled || closing || prepared != null || preparedFailure != null) {
        return;
      }
      producing = true;
    }
    ResultPage page = null;
    RuntimeException failure = null;
    try {
      page = PageCollector.collect(result, fetchSize, pages, byteBudget, compression);
    } catch (RuntimeException e) {
      failure = e;
    }
    synchronized (this) {
      producing = false;
      if (cancelled) {
        // CANCEL arrived while producing: the client gets the cancellation, not these rows
        return;
      }
      prepared = page;
      preparedFailure = failure;
    }
  }

  /** Cancels the engine's work; a page already produced ahead is dropped (rows are not lost: the query ends). */
  void cancel() {
    synchronized (this) {
      cancelled = true;
      prepared = null;
      preparedFailure = null;
    }
    result.cancel();
  }

  /**
   * Called on the event loop when CLOSE_QUERY for this query arrives: a page being produced
   * ahead is abandoned (the engine's work cancelled) so the close queued behind it is not kept
   * waiting for rows nobody will read.
   */
  void abandonPageAhead() {
    boolean stop;
    synchronized (this) {
      // under the lock: either the page ahead is running and is stopped here, or it never starts
      closing = true;
      stop = producing;
      if (stop) {
        cancelled = true;
      }
    }
    if (stop) {
      result.cancel();
    }
  }

  void close() {
    synchronized (this) {
      prepared = null;
      preparedFailure = null;
    }
    result.close();
  }
}
