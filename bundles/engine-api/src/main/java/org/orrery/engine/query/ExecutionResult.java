package org.orrery.engine.query;

import java.util.List;
import java.util.Optional;
import org.orrery.common.block.Block;

/**
 * The outcome of one statement. A query streams its rows in pages with {@link #nextPage}; a
 * statement without rows has no columns and reports {@link #message()}. Closing releases the
 * query's resources; closing an unfinished query cancels it.
 */
public interface ExecutionResult extends AutoCloseable {

  /** Whether the statement produces rows (a query or a {@code SHOW}). */
  boolean hasRows();

  /**
   * Whether rows carry a time column, printed first as {@code Time} (false for {@code SHOW ...}
   * and for aggregations without {@code GROUP BY} time).
   */
  boolean hasTimeColumn();

  /** The value columns, in output order (the time column excluded). */
  List<ResultColumn> columns();

  /**
   * The next page of at most {@code maxRows} rows, or empty when the result is exhausted. Blocks
   * have one column per {@link #columns()} entry and times when {@link #hasTimeColumn()}.
   *
   * @throws org.orrery.common.error.OrreryException on timeout, cancellation or failure
   */
  Optional<Block> nextPage(int maxRows);

  /** For statements without rows: a short text such as {@code OK}. */
  String message();

  /** Stops the query from another thread; the reader's next call fails with QUERY_CANCELLED. */
  void cancel();

  @Override
  void close();
}
