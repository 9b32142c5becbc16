package org.orrery.query.operator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Blocks;
import org.orrery.query.context.QueryContext;

/**
 * One input read by several consumers in step (the rows a query's transform functions and
 * columns are computed from): blocks are pulled from the source once and kept, with their memory
 * declared, until every reader has passed them.
 */
public final class SharedInput implements AutoCloseable {
  private final Operator source;
  private final QueryContext context;
  private final Deque<Block> kept = new ArrayDeque<>();
  private final List<Reader> readers = new ArrayList<>();
  /** The stream position of the first kept block. */
  private long first;
  private long keptBytes;
  private boolean exhausted;
  private boolean closed;

  public SharedInput(Operator source, QueryContext context) {
    this.source = source;
    this.context = context;
  }

  /** A new reader from the start; all readers must be made before the first block is read. */
  public Operator reader() {
    if (first > 0 || !kept.isEmpty()) {
      throw new IllegalStateException("readers must be made before reading starts");
    }
    Reader reader = new Reader();
    readers.add(reader);
    return reader;
  }

  private Block block(long position) {
    while (position >= first + kept.size()) {
      if (exhausted || closed) {
        return null;
      }
      Block block = source.next();
      if (block == null) {
        exhausted = true;
        return null;
      }
      long bytes = Blocks.estimateBytes(block);
      context.reserve(bytes, "shared transform input");
      keptBytes += bytes;
      kept.addLast(block);
    }
    int index = (int) (position - first);
    for (Block block : kept) {
      if (index-- == 0) {
        return block;
      }
    }
    throw new IllegalStateException("block " + position + " is no longer kept");
  }

  /** Drops the blocks every reader has passed. */
  private void trim() {
    long slowest = Long.MAX_VALUE;
    for (Reader reader : readers) {
      slowest = Math.min(slowest, reader.position);
    }
    while (first < slowest && !kept.isEmpty()) {
      Block block = kept.removeFirst();
      long bytes = Blocks.estimateBytes(block);
      context.release(bytes);
      keptBytes -= bytes;
      first++;
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    kept.clear();
    if (keptBytes > 0) {
      context.release(keptBytes);
      keptBytes = 0;
    }
    source.close();
  }

  private final class Reader implements Operator {
    private long position;
    private boolean done;

    @Override
    public List<DataType> types() {
      return source.types();
    }

    @Override
    public Block next() {
      if (done) {
        return null;
      }
      Block block = block(position);
      if (block == null) {
        done();
        return null;
      }
      position++;
      trim();
      return block;
    }

    private void done() {
      done = true;
      position = Long.MAX_VALUE;
      trim();
    }

    /** A reader that stops early no longer holds blocks back for the others. */
    @Override
    public void close() {
      if (!done) {
        done();
      }
    }
  }
}
