package org.orrery.functions.aggregate;

import org.orrery.common.block.Column;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.storage.SeriesStatistics;

/**
 * The value with the smallest time. Compares times, so any arrival order gives the same result;
 * with ascending input (which the bound aggregate asks for) it is final after the first value.
 */
final class FirstValueAccumulator implements Accumulator {
  private boolean seen;
  private long time;
  private Object value;

  @Override
  public void add(long[] times, Column[] arguments, int from, int to) {
    Column values = arguments[0];
    for (int i = from; i < to; i++) {
      // Box only improvements: with ascending input that is the first non-null row alone.
      if (!values.isNull(i) && (!seen || times[i] < time)) {
        offer(times[i], values.get(i));
      }
    }
  }

  @Override
  public void addStatistics(SeriesStatistics statistics) {
    if (statistics.count() > 0) {
      offer(statistics.startTime(), statistics.firstValue());
    }
  }

  @Override
  public void merge(Accumulator other) {
    FirstValueAccumulator that = (FirstValueAccumulator) other;
    if (that.seen) {
      offer(that.time, that.value);
    }
  }

  private void offer(long candidateTime, Object candidate) {
    if (!seen || candidateTime < time) {
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

  @Override
  public boolean isFinal() {
    return seen;
  }
}
