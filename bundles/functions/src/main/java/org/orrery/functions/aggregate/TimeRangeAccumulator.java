package org.orrery.functions.aggregate;

import org.orrery.common.block.Column;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.storage.SeriesStatistics;

/**
 * The earliest and latest time of a non-null value: {@code min_time}, {@code max_time} and
 * {@code time_duration} (latest minus earliest) read it. INT64 results, null without input.
 */
final class TimeRangeAccumulator implements Accumulator {
  /** Which reading the result is. */
  enum Reading {
    MIN_TIME,
    MAX_TIME,
    DURATION
  }

  private final Reading reading;
  private boolean seen;
  private long minTime;
  private long maxTime;

  TimeRangeAccumulator(Reading reading) {
    this.reading = reading;
  }

  @Override
  public void add(long[] times, Column[] arguments, int from, int to) {
    Column values = arguments[0];
    for (int i = from; i < to; i++) {
      if (!values.isNull(i)) {
        offer(times[i], times[i]);
      }
    }
  }

  @Override
  public void addStatistics(SeriesStatistics statistics) {
    if (statistics.count() > 0) {
      offer(statistics.startTime(), statistics.endTime());
    }
  }

  @Override
  public void merge(Accumulator other) {
    TimeRangeAccumulator that = (TimeRangeAccumulator) other;
    if (that.seen) {
      offer(that.minTime, that.maxTime);
    }
  }

  private void offer(long start, long end) {
    if (!seen) {
      seen = true;
      minTime = start;
      maxTime = end;
    } else {
      minTime = Math.min(minTime, start);
      maxTime = Math.max(maxTime, end);
    }
  }

  @Override
  public Object result() {
    if (!seen) {
      return null;
    }
    switch (reading) {
      case MIN_TIME:
        return minTime;
      case MAX_TIME:
        return maxTime;
      default:
        return maxTime - minTime;
    }
  }

  @Override
  public void reset() {
    seen = false;
  }

  /** With ascending input (which min_time asks for) the first value fixes the minimum. */
  @Override
  public boolean isFinal() {
    return reading == Reading.MIN_TIME && seen;
  }
}
