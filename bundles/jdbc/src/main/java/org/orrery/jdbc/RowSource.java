package org.orrery.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.orrery.common.type.DataType;

/**
 * The rows behind a result set: a query's pages streamed from the server, or rows the driver made
 * itself (metadata). Values are boxed as {@link org.orrery.common.block.Column#get} boxes them;
 * text may also be a {@code String}.
 */
interface RowSource extends AutoCloseable {

  boolean hasTimeColumn();

  /** Value column labels (the time column excluded). */
  List<String> columnNames();

  List<DataType> columnTypes();

  /** Moves to the next row; false after the last. */
  boolean next() throws SQLException;

  /** Whether a row follows the current one (may fetch the next page). */
  boolean hasNext() throws SQLException;

  long time();

  /** The current row's value of value column {@code column} (0-based), or {@code null}. */
  Object value(int column);

  void cancel() throws SQLException;

  @Override
  void close();
}
