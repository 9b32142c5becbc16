package org.orrery.functions.aggregate;

import org.orrery.common.block.Column;
import org.orrery.engine.function.Accumulator;
import org.orrery.functions.support.ValueDomain;

/**
 * Count, mean and sum of squared deviations by Welford's update, merged with Chan et al.'s
 * pairwise formula, so partial results combine without the cancellation of a sum-of-squares
 * approach. Population forms yield null without input; sample forms need two values.
 */
final class VarianceAccumulator implements Accumulator {
  /** Which of the six statistics the result is. */
  enum Kind {
    VAR_POP(false, false),
    VAR_SAMP(true, false),
    STDDEV_POP(false, true),
    STDDEV_SAMP(true, true);

    final boolean sample;
    final boolean root;

    Kind(boolean sample, boolean root) {
      this.sample = sample;
      this.root = root;
    }
  }

  private final Kind kind;
  private long count;
  private double mean;
  private double squaredDeviations;

  VarianceAccumulator(Kind kind) {
    this.kind = kind;
  }

  @Override
  public void add(long[] times, Column[] arguments, int from, int to) {
    Column values = arguments[0];
    for (int i = from; i < to; i++) {
      if (!values.isNull(i)) {
        double value = ValueDomain.doubleAt(values, i);
        count++;
        double delta = value - mean;
        mean += delta / count;
        squaredDeviations += delta * (value - mean);
      }
    }
  }


  @Override
  public void merge(Accumulator other) {
    VarianceAccumulator that = (VarianceAccumulator) other;
    if (that.count == 0) {
      return;
    }
    if (count == 0) {
      count = that.count;
      mean = that.mean;
      squaredDeviations = that.squaredDeviations;
      return;
    }
    long total = count + that.count;
    double delta = that.mean - mean;
    mean += delta * that.count / total;
    squaredDeviations += that.squaredDeviations + delta * delta * count * that.count / total;
    count = total;
  }

  @Override
  public Object result() {
    long needed = kind.sample ? 2 : 1;
    if (count < needed) {
      return null;
    }
    double variance = squaredDeviations / (kind.sample ? count - 1 : count);
    return kind.root ? Math.sqrt(variance) : variance;
  }

  @Override
  public void reset() {
    count = 0;
    mean = 0;
    squaredDeviations = 0;
  }
}
