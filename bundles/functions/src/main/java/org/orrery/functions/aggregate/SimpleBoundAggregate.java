package org.orrery.functions.aggregate;

import java.util.function.Supplier;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.function.BoundAggregate;

/** A bound aggregation described by its output type, its capabilities and its accumulator. */
record SimpleBoundAggregate(
    DataType outputType,
    boolean usesStatistics,
    boolean needsAscendingTime,
    Supplier<Accumulator> accumulators)
    implements BoundAggregate {

  @Override
  public Accumulator newAccumulator() {
    return accumulators.get();
  }
}
