package org.orrery.functions.aggregate;

import org.orrery.common.block.Column;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.storage.SeriesStatistics;

/**
 * Sums numeric values as DOUBLE and counts them; {@code sum} and {@code avg} read the two. The
 * count doubles as "had input", since both yield null for a group without values.
 */
final class SumAccumulator implements Accumulator {
  private final boolean average;
  private double sum;
  private long count;

  SumAccumulator(boolean average) {
    this.average = average;
  }

  @Override
  public void add(long[] times, Column[] arguments, int from, int to) {
    Column values = arguments[0];
    boolean[] nulls = values.nulls();
    switch (values.type()) {
      case INT32: {
        int[] v = values.ints();
        for (int i = from; i < to; i++) {
          if (nulls == null || !nulls[i]) {
            sum += v[i];
            count++;
          }
        }
        break;
      }
      case INT64: {
        long[] v = values.longs();
        for (int i = from; i < to; i++) {
          if (nulls == null || !nulls[i]) {
            sum += v[i];
            count++;
          }
        }
        break;
      }
      case FLOAT: {
        float[] v = values.floats();
        for (int i = from; i < to; i++) {
          if (nulls == null || !nulls[i]) {
            sum += v[i];
            count++;
          }
        }
        break;
      }
      default: {
        double[] v = values.doubles();
        for (int i = from; i < to; i++) {
          if (nulls == null || !nulls[i]) {
            sum += v[i];
            count++;
          }
        }
        break;
      }
    }
  }

  @Override
  public void addStatistics(SeriesStatistics statistics) {
    if (statistics.count() > 0) {
      sum += statistics.sum();
      count += statistics.count();
    }
  }

  @Override
  public void merge(Accumulator other) {
    SumAccumulator that = (SumAccumulator) other;
    sum += that.sum;
    count += that.count;
  }

  @Override
  public Object result() {
    if (count == 0) {
      return null;
    }
    return average ? sum / count : sum;
  }

  @Override
  public void reset() {
    sum = 0;
    count = 0;
  }
}
