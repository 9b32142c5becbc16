package org.orrery.engine.function;

import org.orrery.common.type.DataType;

/** An aggregation bound to argument types: creates accumulators, one per group or window. */
public interface BoundAggregate {
  DataType outputType();

  /**
   * Whether an accumulator can take {@link Accumulator#addStatistics} instead of points (true for
   * count, sum, avg, extreme, max/min value and time, first/last value, time_duration; false for
   * the others, and for max/min value of STRING, whose statistics carry no bounds).
   */
  boolean usesStatistics();

  /**
   * Whether the accumulator needs its points in ascending time: count_if (runs of consecutive
   * rows), and first_value/min_time, whose {@link Accumulator#isFinal()} relies on it.
   */
  default boolean needsAscendingTime() {
    return false;
  }

  /**
   * Whether the accumulator reads the values of its argument; false when it reads only the times
   * and null flags ({@code count}), so the engine may feed it blocks from
   * {@link org.orrery.engine.storage.Segment#decodeTimes()}, whose values are unspecified.
   */
  default boolean readsValues() {
    return true;
  }

  Accumulator newAccumulator();
}
