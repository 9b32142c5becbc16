package org.orrery.bench;

/**
 * One of the paper's queries with what a correct answer looks like.
 *
 * @param expectedRows rows a correct answer has
 * @param expectedSum sum of every returned value, recomputed from the generator
 */
public record BenchQuery(String name, String description, String sql, long expectedRows, double expectedSum) {

  /** Whether a measured answer matches (sums within a relative 1e-9, for summation order). */
  public boolean matches(long rows, double sum) {
    return rows == expectedRows && Math.abs(sum - expectedSum) <= 1e-9 * Math.max(1.0, Math.abs(expectedSum));
  }
}
