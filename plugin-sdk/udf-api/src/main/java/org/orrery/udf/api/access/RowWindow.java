package org.orrery.udf.api.access;

import org.orrery.udf.api.type.Type;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A window of consecutive input rows, as cut by a windowed
 * {@link org.orrery.udf.api.customizer.strategy.AccessStrategy}. A window may be empty (a time
 * window with no data); the server still passes it to {@code transform}.
 *
 * <p>The window is valid only during the {@code transform} call that receives it.
 */
@ProviderType
public interface RowWindow {

  /** Number of rows in the window. */
  int windowSize();

  /**
   * The row at {@code rowIndex}, counting from 0 in time order. The object may be reused by the
   * next call of this method.
   *
   * @throws IndexOutOfBoundsException when {@code rowIndex} is not below {@link #windowSize()}
   */
  Row getRow(int rowIndex);

  /** The type of column {@code columnIndex}: the type of the UDTF's input at that index. */
  Type getDataType(int columnIndex);

  /** An iterator over the rows of the window, positioned before the first row. */
  RowIterator getRowIterator();

  /**
   * The start of the window, inclusive. For a time window it is the window's boundary even when
   * no row falls on it; for size, session and state windows it is the time of the first row.
   */
  long windowStartTime();

  /**
   * The end of the window, exclusive. For a time window it is the window's boundary (cut at the
   * end of the display window); for size, session and state windows it is the time of the last
   * row plus one.
   */
  long windowEndTime();
}
