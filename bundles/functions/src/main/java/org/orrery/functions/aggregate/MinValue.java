package org.orrery.functions.aggregate;

import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code min_value(x)}: the smallest value, in x's type; INT32, INT64, FLOAT, DOUBLE, and the
 * ordered newer types TIMESTAMP, DATE and STRING. Null when there are none.
 */
@Component(service = AggregateFunction.class,
    property = ScalarFunction.NAME_PROPERTY + "=min_value")
public final class MinValue implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    return OrderedInput.bind(call, RangeAccumulator.Reading.MIN);
  }
}
