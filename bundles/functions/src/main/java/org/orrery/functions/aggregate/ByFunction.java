package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.functions.support.ArgumentChecks;

/** The binding shared by {@code max_by} and {@code min_by}. */
final class ByFunction {
  private ByFunction() {}

  /**
   * x may have any type (the time column arrives as TIMESTAMP or INT64 for {@code max_by(time,
   * y)}); y must be ordered. The result has x's type.
   */
  static BoundAggregate bind(FunctionArguments call, boolean largest) {
    call.requireCount(2);
    ArgumentChecks.requireOneOf(call, 1, OrderedInput.ORDERED_TYPES);
    DataType xType = call.type(0);
    DataType yType = call.type(1);
    return new SimpleBoundAggregate(xType, false, false, () -> new ByAccumulator(yType, largest));
  }
}
