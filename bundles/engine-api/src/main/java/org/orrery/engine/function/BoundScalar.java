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
}
