package org.orrery.functions.aggregate;

import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.storage.SeriesStatistics;

/** {@code max_value}, {@code min_value} or {@code extreme}: one reading of a {@link ValueRange}. */
final class RangeAccumulator implements Accumulator {
  /** Which bound the result is. */
  enum Reading {
    MAX,
    MIN,
    EXTREME
  }

  private final ValueRange range;
  private final Reading reading;

  RangeAccumulator(DataType type, Reading reading) {
    this.range = new ValueRange(type);
    this.reading = reading;
  }

  @Override
  public void add(long[] times, Column[] arguments, int from, int to) {
    range.add(arguments[0], from, to);
  }

  @Override
  public void addStatistics(SeriesStatistics statistics) {
    if (statistics.count() > 0) {
      range.addBounds(statistics.minValue(), statistics.maxValue());
    }
  }

  @Override
  public void merge(Accumulator other) {
    range.merge(((RangeAccumulator) other).range);
  }

  @Override
  public Object result() {
    if (!range.seen()) {
      return null;
    }
    switch (reading) {
      case MAX:
        return range.max();
      case MIN:
        return range.min();
      default:
        return range.extreme();
    }
  }

  @Override
  public void reset() {
    range.reset();
  }
}
