package org.orrery.engine.function;

import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** A scalar function bound to argument types: evaluates blocks of rows. */
public interface BoundScalar {
  DataType outputType();

  /**
   * Evaluates {@code rows} rows. A row where any argument is null yields null unless the function
   * says otherwise in its documentation.
   *
   * @param times the row timestamps (some functions, e.g. none today, may use them)
   * @param arguments one column per argument, at least {@code rows} long
   */
  Column evaluate(long[] times, Column[] arguments, int rows);

  /**
   * Whether {@link #evaluate} carries state from one row to the next, across calls ({@code diff}
   * among the built-ins: its value depends on the previous row of the result). The engine must
   * then bind the call afresh for every query execution, pass every row of the result to it
   * exactly once in ascending time order (null rows included, as they break runs), and never share
   * the bound function between queries or threads. False for ordinary row-mapping functions.
   */
  default boolean carriesState() {
    return false;
  }
}
