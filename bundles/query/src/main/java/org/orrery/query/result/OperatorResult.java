package org.orrery.query.result;

import java.util.List;
import java.util.Optional;
import org.orrery.common.block.Block;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.block.Blocks;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.query.context.Failures;
import org.orrery.query.context.QueryContext;
import org.orrery.query.operator.Operator;

/**
 * Rows pulled from an operator tree in pages. A failure or cancellation closes the tree, so no
 * query keeps running (or holding files) after its reader gave up.
 */
public final class OperatorResult implements ExecutionResult {
  private final List<ResultColumn> columns;
  private final boolean timeColumn;
  private final Operator root;
  private final QueryContext context;
  private Block pending;
  private int pendingAt;
  private boolean closed;

  public OperatorResult(List<ResultColumn> columns, boolean timeColumn, Operator root, QueryContext context) {
    this.columns = List.copyOf(columns);
    this.timeColumn = timeColumn;
    this.root = root;
    this.context = context;
  }

  @Override
  public boolean hasRows() {
    return true;
  }

  @Override
  public boolean hasTimeColumn() {
    return timeColumn;
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public synchronized Optional<Block> nextPage(int maxRows) {
    if (maxRows <= 0) {
      throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "page size must be positive: " + maxRows);
    }
    if (closed) {
      context.checkAlive();
      return Optional.empty();
    }
    try {
      context.checkAlive();
      if (pending == null || pendingAt >= pending.rowCount()) {
        pending = root.next();
        pendingAt = 0;
        if (pending == null) {
          close();
          return Optional.empty();
        }
      }
      int to = Math.min(pending.rowCount(), pendingAt + maxRows);
      Block page = Blocks.slice(pending, pendingAt, to);
      pendingAt = to;
      return Optional.of(shape(page));
    } catch (RuntimeException | StackOverflowError e) {
      close();
      throw Failures.toUser(e);
    }
  }

  /** Drops the times of rows that carry none in the result (e.g. aggregations without windows). */
  private Block shape(Block page) {
    if (!timeColumn && page.hasTimes()) {
      return new Block(null, page.columns(), page.rowCount());
    }
    return page;
  }

  @Override
  public String message() {
    return "";
  }

  @Override
  public void cancel() {
    context.cancel();
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        root.close();
      } catch (RuntimeException e) {
        throw Failures.toUser(e);
      }
    }
  }
}
