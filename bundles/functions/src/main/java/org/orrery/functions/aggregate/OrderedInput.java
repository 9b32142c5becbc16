package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.functions.support.ArgumentChecks;

/** The binding shared by {@code max_value} and {@code min_value}. */
final class OrderedInput {
  /** The types {@code max_value}, {@code min_value} and the {@code y} of {@code max_by} accept. */
  static final DataType[] ORDERED_TYPES = {
    DataType.INT32, DataType.INT64, DataType.FLOAT, DataType.DOUBLE,
    DataType.STRING, DataType.TIMESTAMP, DataType.DATE
  };

  private OrderedInput() {}

  static BoundAggregate bind(FunctionArguments call, RangeAccumulator.Reading reading) {
    call.requireCount(1);
    ArgumentChecks.requireOneOf(call, 0, ORDERED_TYPES);
    DataType type = call.type(0);
    // Statistics carry no bounds for byte strings, so STRING is answered from points only.
    boolean fromStatistics = type != DataType.STRING;
    return new SimpleBoundAggregate(type, fromStatistics, false,
        () -> new RangeAccumulator(type, reading));
  }
}
