package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code min_time(x)}: the smallest time of a non-null value of x (any type), INT64; null without
 * input.
 */
@Component(service = AggregateFunction.class, property = ScalarFunction.NAME_PROPERTY + "=min_time")
public final class MinTime implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    return new SimpleBoundAggregate(DataType.INT64, true, true,
        () -> new TimeRangeAccumulator(TimeRangeAccumulator.Reading.MIN_TIME));
  }
}
