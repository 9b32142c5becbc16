package org.orrery.functions.aggregate;

import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code max_value(x)}: the largest value, in x's type; INT32, INT64, FLOAT, DOUBLE, and the
 * ordered newer types TIMESTAMP, DATE and STRING. Null when there are none.
 */
@Component(service = AggregateFunction.class,
    property = ScalarFunction.NAME_PROPERTY + "=max_value")
public final class MaxValue implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    return OrderedInput.bind(call, RangeAccumulator.Reading.MAX);
  }
}
