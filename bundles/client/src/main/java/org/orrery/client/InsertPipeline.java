package org.orrery.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.orrery.client.internal.Connection;
import org.orrery.client.internal.InsertSplitter;
import org.orrery.common.error.ErrorCode;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.WireTablet;

/**
 * Inserts with several requests in flight on one session: each call encodes and sends its tablets
 * and returns without waiting for the server, unless {@code window} requests are already
 * unanswered, in which case it first waits for the oldest answer (back-pressure). The server runs
 * a connection's requests in order and may write consecutive pipelined inserts with one WAL
 * commit, so one client keeps the server busy instead of waiting a round trip per tablet.
 *
 * <p>Semantics:
 *
 * <ul>
 *   <li>A tablet is encoded while {@link #insertTablet} runs, so it may be reset and refilled as
 *       soon as the call returns.
 *   <li>Answers are collected in the order the inserts were sent. An insert is acknowledged when
 *       its answer is OK; it is then durable as the server's WAL mode promises.
 *   <li>The first failed answer is thrown once, as a {@link ClientException} naming the insert's
 *       number (1 for the first call of this pipeline), by the first call that collects it: an
 *       {@code insertTablet(s)} call (its own tablets have then been sent already), {@link #flush}
 *       or {@link #close}. Failures collected at the same time are attached as suppressed. The
 *       pipeline stays usable. As with {@link Session#insertTablets}, columns the server rejected
 *       are not written while the other columns of the same request are; requests sent after a
 *       failed one are still run.
 *   <li>{@link #flush()} waits until every insert sent so far is answered; {@link #close()}
 *       flushes and ends the pipeline (the session stays open).
 *   <li>A broken connection throws {@link ClientConnectionException} at once; inserts not yet
 *       answered then have an unknown outcome.
 * </ul>
 *
 * One thread at a time; other calls on the same session may be interleaved (their answers wait
 * behind the inserts in flight, because the server runs requests in order).
 */
public final class InsertPipeline implements AutoCloseable {
  /** A request in flight and the number of the insert call that sent it. */
  private record InFlight(long insert, CompletableFuture<Message> answer) {}

  private final Connection connection;
  private final int window;
  private final Deque<InFlight> inFlight = new ArrayDeque<>();
  private final List<ClientException> failures = new ArrayList<>();
  private long inserts;
  private long acknowledgedRequests;
  private boolean closed;

  InsertPipeline(Connection connection, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("insert pipeline window must be at least 1, got " + window);
    }
    this.connection = connection;
    this.window = window;
  }

  /** Requests sent but not yet answered, at most the window. */
  public int inFlight() {
    return inFlight.size();
  }

  /** The most requests this pipeline keeps unanswered. */
  public int window() {
    return window;
  }

  /**
   * Requests answered OK so far (a tablet larger than the server's frame limit travels as several
   * requests; small tablets of one call share one).
   */
  public long acknowledgedRequests() {
    return acknowledgedRequests;
  }

  public void insertTablet(Tablet tablet) {
    insertTablets(List.of(tablet));
  }

  /**
   * Sends the tablets as one insert (split into requests under the server's max frame size),
   * waiting first while the window is full.
   *
   * @throws ClientException the first failure of an earlier insert of this pipeline not reported
   *     yet, or ILLEGAL_ARGUMENT when the pipeline is closed
   */
  public void insertTablets(List<Tablet> tablets) {
    if (closed) {
      throw new ClientException(ErrorCode.ILLEGAL_ARGUMENT, "insert pipeline is closed");
    }
    List<WireTablet> wire = new ArrayList<>(tablets.size());
    for (Tablet tablet : tablets) {
      if (tablet.rowCount() > 0) {
        wire.add(tablet.toWire());
      }
    }
    long insert = ++inserts;
    if (!wire.isEmpty()) {
      for (List<WireTablet> request : InsertSplitter.split(wire, connection.maxFrameSize())) {
        while (inFlight.size() >= window) {
          collect(inFlight.poll());
        }
        inFlight.add(new InFlight(insert, connection.send(new InsertTabletsRequest(request))));
      }
    }
    // answers that are already here cost nothing to collect and report failures early
    while (!inFlight.isEmpty() && inFlight.peek().answer().isDone()) {
      collect(inFlight.poll());
    }
    reportFailures();
  }

  /**
   * Waits until every insert sent so far is answered.
   *
   * @throws ClientException the first failure not reported yet
   */
  public void flush() {
    while (!inFlight.isEmpty()) {
      collect(inFlight.poll());
    }
    reportFailures();
  }

  /** Flushes (throwing its failure, if any) and ends the pipeline; safe to call twice. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    flush();
  }

  private void collect(InFlight request) {
    Message answer = Connection.await(request.answer());
    if (answer instanceof ErrorResponse error) {
      failures.add(new ClientException(
          error.code(), "pipelined insert " + request.insert() + " failed: " + error.message()));
    } else {
      acknowledgedRequests++;
    }
  }

  private void reportFailures() {
    if (failures.isEmpty()) {
      return;
    }
    ClientException first = failures.get(0);
    for (int i = 1; i < failures.size(); i++) {
      first.addSuppressed(failures.get(i));
    }
    failures.clear();
    throw first;
  }
}
