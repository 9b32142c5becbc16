package org.orrery.udf.api.access;

import org.osgi.annotation.versioning.ProviderType;

/** Iterates over the rows of a {@link RowWindow}, and can start over. */
@ProviderType
public interface RowIterator {

  /** Whether {@link #next()} has another row. */
  boolean hasNextRow();

  /**
   * The next row. Like every row, it is valid only until the next call.
   *
   * @throws java.util.NoSuchElementException when there is no further row
   */
  Row next();

  /** Starts the iteration over from the first row of the window. */
  void reset();
}
