package org.orrery.query.operator;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;

/**
 * A pull-based step of a query plan: each {@link #next()} returns the next block of rows, or null
 * at the end. Operators that hold rows declare the memory they keep on the query's context and
 * give it back when they let go of the rows.
 */
public interface Operator extends AutoCloseable {
  /** The types of the value columns of the blocks this operator returns. */
  List<DataType> types();

  /** The next non-empty block, or null when there are no more rows. */
  Block next();

  /** Releases resources and declared memory; safe to call more than once. */
  @Override
  void close();
}
