package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code extreme(x)}: the numeric value of largest absolute value, in x's type; the positive one
 * when a positive and a negative value have the same magnitude. Null when there are none.
 */
@Component(service = AggregateFunction.class, property = ScalarFunction.NAME_PROPERTY + "=extreme")
public final class Extreme implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    call.requireNumeric(0);
    DataType type = call.type(0);
    return new SimpleBoundAggregate(
        type, true, false, () -> new RangeAccumulator(type, RangeAccumulator.Reading.EXTREME));
  }
}
