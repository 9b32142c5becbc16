package org.orrery.engine.function;

import org.orrery.common.block.Column;
import org.orrery.engine.storage.SeriesStatistics;

/**
 * Folds points of one group into an aggregate. Not thread-safe; one per group or window. Inputs
 * arrive in ascending time unless the bound aggregate says it does not care.
 */
public interface Accumulator {
  /**
   * Adds rows {@code [from, to)}. Rows where the (first) argument is null are skipped by the
   * accumulator itself, as IoTDB's aggregations ignore nulls.
   */
  void add(long[] times, Column[] arguments, int from, int to);

  /**
   * Adds a stretch of points summarised by statistics. The engine calls it only when the bound
   * aggregate's {@link BoundAggregate#usesStatistics()} is true; aggregations that need every
   * point (mode, variance, count_if, max_by...) keep this default, which rejects the call as the
   * engine bug it would be.
   */
  default void addStatistics(SeriesStatistics statistics) {
    throw new IllegalStateException(getClass().getSimpleName()
        + " aggregates points only; its bound aggregate does not use statistics");
  }

  /** Merges another accumulator of the same bound aggregate (GROUP BY LEVEL, partial results). */
  void merge(Accumulator other);

  /**
   * The result, boxed as the output type's values ({@code Long} for INT64, {@code Double}...,
   * {@code byte[]} for text), or {@code null} when the group had no input and the function
   * yields null then (count yields 0).
   */
  Object result();

  /** Forgets everything, for reuse on the next window. */
  void reset();

  /**
   * For stop-early optimisations: true once no further input can change the result (first_value
   * after its first point).
   */
  default boolean isFinal() {
    return false;
  }
}
