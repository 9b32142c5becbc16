package org.orrery.functions.aggregate;

import org.orrery.common.block.Column;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.storage.SeriesStatistics;

/** The value with the largest time. Compares times, so any arrival order gives the same result. */
final class LastValueAccumulator implements Accumulator {
  private boolean seen;
  private long time;
  private Object value;

  @Override
  public void add(long[] times, Column[] arguments, int from, int to) {
    Column values = arguments[0];
    // Scan from the end and box only improvements: with ascending input that is one row.
    for (int i = to - 1; i >= from; i--) {
      if (!values.isNull(i) && (!seen || times[i] > time)) {
        offer(times[i], values.get(i));
      }
    }
  }

  @Override
  public void addStatistics(SeriesStatistics statistics) {
    if (statistics.count() > 0) {
      offer(statistics.endTime(), statistics.lastValue());
    }
  }

  @Override
  public void merge(Accumulator other) {
    LastValueAccumulator that = (LastValueAccumulator) other;
    if (that.seen) {
      offer(that.time, that.value);
    }
  }

  private void offer(long candidateTime, Object candidate) {
    if (!seen || candidateTime > time) {
      seen = true;
      time = candidateTime;
      value = candidate;
    }
  }

  @Override
  public Object result() {
    return seen ? value : null;
  }

  @Override
  public void reset() {
    seen = false;
    value = null;
  }
}
