package org.orrery.cli.server;

import java.util.List;
import org.orrery.common.type.DataType;

/**
 * A forward-only cursor over the rows of one result, as the CLI prints and exports them. Values
 * are boxed as {@link org.orrery.common.block.Column#get} boxes them ({@code byte[]} for text and
 * blobs, {@code Integer} yyyyMMdd for dates), {@code null} when a row has no value.
 */
public interface ResultRows extends AutoCloseable {

  /** Whether every row has a timestamp, printed first as {@code Time}. */
  boolean hasTimeColumn();

  /** Header texts of the value columns (the time column excluded). */
  List<String> columnNames();

  /** Types of the value columns, parallel to {@link #columnNames()}. */
  List<DataType> columnTypes();

  /** Moves to the next row; false when there is none. */
  boolean next();

  /** The current row's timestamp (only when {@link #hasTimeColumn()}). */
  long time();

  /** The current row's value in value column {@code column} (0-based), or {@code null}. */
  Object value(int column);

  /** Asks the server to stop producing rows (e.g. the user quit the pager). */
  void cancel();

  @Override
  void close();
}
