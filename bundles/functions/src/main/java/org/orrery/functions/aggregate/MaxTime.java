package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code max_time(x)}: the largest time of a non-null value of x (any type), INT64; null without
 * input.
 */
@Component(service = AggregateFunction.class, property = ScalarFunction.NAME_PROPERTY + "=max_time")
public final class MaxTime implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    return new SimpleBoundAggregate(DataType.INT64, true, false,
        () -> new TimeRangeAccumulator(TimeRangeAccumulator.Reading.MAX_TIME));
  }
}
