package org.orrery.client;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.orrery.client.internal.Connection;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;
import org.orrery.protocol.message.CancelRequest;
import org.orrery.protocol.message.CloseQueryRequest;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.protocol.message.ResultPage;
import org.orrery.protocol.message.ResultPageResponse;

/**
 * The rows of a query, streamed: the first answer arrives with the header; each answer carries
 * up to {@link Session.Builder#pagesPerFetch} pages of up to fetch-size rows (one page with a
 * protocol version 1 server). Whenever an answer that is not the last is taken, FETCHes are sent
 * at once so that {@code readAhead} answers are on their way ({@link
 * Session.Builder#readAheadPages}), so the server produces and sends the next rows while the
 * caller reads the current ones and pays no round trip per page. Iterate rows with {@link #hasNext}/{@link #next}, or whole blocks
 * with {@link #nextBlock} (a block whose rows were partly iterated is not returned again). Close
 * it to release the server-side query early; a fully read data set is released by the server.
 * Iterate from one thread; {@link #cancel()} may be called from another.
 */
public final class SessionDataSet implements AutoCloseable, Iterator<RowRecord> {
  private final Connection connection;
  private final long queryId;
  private final boolean hasTime;
  private final List<String> columnNames;
  private final List<DataType> columnTypes;
  private final int fetchSize;
  /** Pages of {@code fetchSize} rows each FETCH asks for. */
  private final int pages;
  private final Deque<Block> blocks = new ArrayDeque<>();
  private final Runnable onRelease;
  /** FETCHes sent ahead, oldest first; the server answers them in this order. */
  private final Deque<CompletableFuture<Message>> fetches = new ArrayDeque<>();
  private final int readAhead;
  private Block current;
  private int row;
  private volatile boolean serverDone;
  private boolean closed;
  private boolean released;

  SessionDataSet(
      Connection connection, ResultHeaderResponse header, int fetchSize, int pages, int readAhead,
      Runnable onRelease) {
    this.connection = connection;
    this.queryId = header.queryId();
    this.hasTime = header.hasTime();
    this.columnNames = header.columnNames();
    this.columnTypes = header.columnTypes();
    this.fetchSize = fetchSize;
    this.pages = pages;
    this.readAhead = readAhead;
    this.onRelease = onRelease;
    accept(header.firstPage());
  }

  public boolean hasTimeColumn() {
    return hasTime;
  }

  /** The value columns' names (time excluded). */
  public List<String> columnNames() {
    return columnNames;
  }

  public List<DataType> columnTypes() {
    return columnTypes;
  }

  @Override
  public boolean hasNext() {
    while (current == null || row >= current.rowCount()) {
      current = takeBlock();
      row = 0;
      if (current == null) {
        return false;
      }
    }
    return true;
  }

  @Override
  public RowRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows in query " + queryId);
    }
    return new RowRecord(current, row++);
  }

  /** The next block of rows, or empty when the result is exhausted. */
  public Optional<Block> nextBlock() {
    current = null;
    Block block = takeBlock();
    return Optional.ofNullable(block);
  }

  /** A non-empty block from the ones in hand, fetching pages as needed; null at the end. */
  private Block takeBlock() {
    while (true) {
      Block block = blocks.poll();
      if (block != null) {
        if (block.rowCount() > 0) {
          return block;
        }
        continue;
      }
      if (serverDone || closed) {
        release();
        return null;
      }
      Message response;
      try {
        CompletableFuture<Message> pending = fetches.isEmpty() ? connection.send(fetchRequest()) : fetches.poll();
        response = Connection.await(pending);
        if (response instanceof ErrorResponse error) {
          throw new ClientException(error.code(), error.message());
        }
      } catch (ClientException e) {
        // the server drops a query whose page failed (cancelled, timed out, broken)
        serverDone = true;
        release();
        throw e;
      }
      accept(((ResultPageResponse) response).page());
    }
  }

  private FetchRequest fetchRequest() {
    return new FetchRequest(queryId, fetchSize, pages);
  }

  private void accept(ResultPage page) {
    blocks.addAll(page.blocks());
    if (page.last()) {
      serverDone = true;
      // FETCHes sent beyond the end are answered "no open query": nothing to wait for
      fetches.clear();
      return;
    }
    // read-ahead: the server runs a connection's requests in order, so these FETCHes are answered
    // one after another right after the page in hand, while the caller is still reading it
    try {
      while (fetches.size() < readAhead && !closed && !connection.isBroken()) {
        fetches.add(connection.send(fetchRequest()));
      }
    } catch (ClientException e) {
      // a broken connection: takeBlock sends again and reports the failure
    }
  }

  /**
   * Stops the query on the server: the page being produced, or the next one, fails with
   * QUERY_CANCELLED (read-ahead pages the server finished before the cancel still arrive).
   * Does nothing when the server has already sent the last page.
   */
  public void cancel() {
    if (!serverDone && !connection.isBroken()) {
      connection.call(new CancelRequest(queryId));
    }
  }

  /** Releases the query on the server unless it is exhausted; later calls return no rows. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    blocks.clear();
    current = null;
    // read-ahead FETCHes still out are answered before the CLOSE_QUERY (requests run in order);
    // their pages are dropped, and if the last page was among them the close finds the query
    // already released
    fetches.clear();
    try {
      if (!serverDone && !connection.isBroken()) {
        connection.call(new CloseQueryRequest(queryId));
      }
    } finally {
      serverDone = true;
      release();
    }
  }

  private void release() {
    if (!released) {
      released = true;
      onRelease.run();
    }
  }
}
