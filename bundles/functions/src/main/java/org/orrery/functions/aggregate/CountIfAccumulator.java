package org.orrery.functions.aggregate;

import java.util.function.LongPredicate;
import org.orrery.common.block.Column;
import org.orrery.engine.function.Accumulator;

/**
 * Counts the maximal runs of consecutive {@code true} values whose length satisfies the keep
 * condition. A {@code false} ends a run; a null is skipped with {@code ignoreNull} (the default)
 * and ends the run otherwise. Needs ascending input. INT64, 0 without input.
 */
final class CountIfAccumulator implements Accumulator {
  private final LongPredicate keep;
  private final boolean ignoreNull;
  private long count;
  private long run;

  CountIfAccumulator(LongPredicate keep, boolean ignoreNull) {
    this.keep = keep;
    this.ignoreNull = ignoreNull;
  }

  @Override
  public void add(long[] times, Column[] arguments, int from, int to) {
    Column predicate = arguments[0];
    boolean[] values = predicate.booleans();
    for (int i = from; i < to; i++) {
      if (predicate.isNull(i)) {
        if (!ignoreNull) {
          endRun();
        }
      } else if (values[i]) {
        run++;
      } else {
        endRun();
      }
    }
  }

  private void endRun() {
    if (run > 0 && keep.test(run)) {
      count++;
    }
    run = 0;
  }


  /**
   * Adds the other group's count, as IoTDB merges count_if partial results (its intermediate
   * result is the count alone): a run that spans the two parts is counted per part.
   */
  @Override
  public void merge(Accumulator other) {
    endRun();
    count += (Long) other.result();
  }

  @Override
  public Object result() {
    boolean openRunCounts = run > 0 && keep.test(run);
    return count + (openRunCounts ? 1 : 0);
  }

  @Override
  public void reset() {
    count = 0;
    run = 0;
  }
}
