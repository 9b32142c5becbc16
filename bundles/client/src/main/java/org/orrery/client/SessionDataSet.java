package org.orrery.client;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.orrery.client.internal.Connection;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;
import org.orrery.protocol.message.CancelRequest;
import org.orrery.protocol.message.CloseQueryRequest;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.protocol.message.ResultPage;
import org.orrery.protocol.message.ResultPageResponse;

/**
 * The rows of a query, streamed: the first page arrives with the header, later pages are fetched
 * when the rows in hand run out. Iterate rows with {@link #hasNext}/{@link #next}, or whole blocks
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
  private final Deque<Block> blocks = new ArrayDeque<>();
  private final Runnable onRelease;
  private Block current;
  private int row;
  private volatile boolean serverDone;
  private boolean closed;
  private boolean released;

  SessionDataSet(Connection connection, ResultHeaderResponse header, int fetchSize, Runnable onRelease) {
    this.connection = connection;
    this.queryId = header.queryId();
    this.hasTime = header.hasTime();
    this.columnNames = header.columnNames();
    this.columnTypes = header.columnTypes();
    this.fetchSize = fetchSize;
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
        response = connection.call(new FetchRequest(queryId, fetchSize));
      } catch (ClientException e) {
        // the server drops a query whose page failed (cancelled, timed out, broken)
        serverDone = true;
        release();
        throw e;
      }
      accept(((ResultPageResponse) response).page());
    }
  }

  private void accept(ResultPage page) {
    blocks.addAll(page.blocks());
    if (page.last()) {
      serverDone = true;
    }
  }

  /**
   * Stops the query on the server; the next page this data set fetches fails with
   * QUERY_CANCELLED. Does nothing when the server has already sent the last page.
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
