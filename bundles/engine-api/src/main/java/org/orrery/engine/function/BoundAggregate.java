package org.orrery.engine.function;

import org.orrery.common.type.DataType;

/** An aggregation bound to argument types: creates accumulators, one per group or window. */
public interface BoundAggregate {
  DataType outputType();

  /**
   * Whether an accumulator can take {@link Accumulator#addStatistics} instead of points (true for
   * count, sum, avg, extreme, max/min value and time, first/last value; false for the others).
   */
  boolean usesStatistics();

  /** Whether the result depends on the order of points (first_value needs ascending input...). */
  default boolean needsAscendingTime() {
    return false;
  }

  Accumulator newAccumulator();
}
