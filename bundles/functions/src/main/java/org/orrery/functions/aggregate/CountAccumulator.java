package org.orrery.functions.aggregate;

import org.orrery.common.block.Column;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.storage.SeriesStatistics;

/** Counts non-null values; 0 for no input. */
final class CountAccumulator implements Accumulator {
  private long count;

  @Override
  public void add(long[] times, Column[] arguments, int from, int to) {
    Column values = arguments[0];
    if (!values.mayHaveNulls() && !values.type().isBinary()) {
      count += to - from;
      return;
    }
    for (int i = from; i < to; i++) {
      if (!values.isNull(i)) {
        count++;
      }
    }
  }

  @Override
  public void addStatistics(SeriesStatistics statistics) {
    count += statistics.count();
  }

  @Override
  public void merge(Accumulator other) {
    count += ((CountAccumulator) other).count;
  }

  @Override
  public Object result() {
    return count;
  }

  @Override
  public void reset() {
    count = 0;
  }
}
