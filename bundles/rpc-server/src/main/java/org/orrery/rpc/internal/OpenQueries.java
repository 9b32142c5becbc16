package org.orrery.rpc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.ExecutionResult;

/**
 * The queries of one connection that still have pages to send, by query id. Registration and
 * removal happen on the connection's worker; {@link #cancel} comes from the event loop, hence the
 * concurrent map.
 */
final class OpenQueries {
  private final Map<Long, OpenQuery> queries = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final int limit;

  OpenQueries(int limit) {
    this.limit = limit;
  }

  /**
   * Registers a query; fails (closing it) when the connection already has too many open.
   *
   * @param byteBudget bytes after which an answer of several pages takes no further page
   */
  long register(ExecutionResult result, long byteBudget) {
    if (queries.size() >= limit) {
      result.close();
      throw new OrreryException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "too many open queries on this connection (limit " + limit + "): close or exhaust one first");
    }
    long id = ids.incrementAndGet();
    queries.put(id, new OpenQuery(result, byteBudget));
    return id;
  }

  /** @throws OrreryException ILLEGAL_ARGUMENT naming the id when no such query is open */
  OpenQuery get(long id) {
    OpenQuery result = queries.get(id);
    if (result == null) {
      throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "no open query with id " + id);
    }
    return result;
  }

  /** Closes and forgets a query; false when it was not open. */
  boolean close(long id) {
    OpenQuery query = queries.remove(id);
    if (query == null) {
      return false;
    }
    query.close();
    return true;
  }

  /** Cancels a running query; false when it is not open. */
  boolean cancel(long id) {
    OpenQuery query = queries.get(id);
    if (query == null) {
      return false;
    }
    query.cancel();
    return true;
  }

  /** See {@link OpenQuery#abandonPageAhead}; nothing when the query is not open. */
  void abandonPageAhead(long id) {
    OpenQuery query = queries.get(id);
    if (query != null) {
      query.abandonPageAhead();
    }
  }

  /** The open query with this id, or null. */
  OpenQuery find(long id) {
    return queries.get(id);
  }

  /** Closes every query (the connection is gone); errors of one do not stop the others. */
  List<RuntimeException> closeAll() {
    List<RuntimeException> failures = new ArrayList<>();
    for (Long id : new ArrayList<>(queries.keySet())) {
      try {
        close(id);
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    return failures;
  }

  int size() {
    return queries.size();
  }
}
