package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code time_duration(x)}: the largest minus the smallest time of a non-null value of x (any
 * type), INT64; 0 for one point, null without input.
 */
@Component(service = AggregateFunction.class,
    property = ScalarFunction.NAME_PROPERTY + "=time_duration")
public final class TimeDuration implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    return new SimpleBoundAggregate(DataType.INT64, true, false,
        () -> new TimeRangeAccumulator(TimeRangeAccumulator.Reading.DURATION));
  }
}
