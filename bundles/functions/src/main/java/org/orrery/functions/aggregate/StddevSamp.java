package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code stddev_samp(x)}: the sample standard deviation of numeric values, DOUBLE; null with fewer
 * than two values.
 */
@Component(service = AggregateFunction.class,
    property = ScalarFunction.NAME_PROPERTY + "=stddev_samp")
public final class StddevSamp implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    call.requireNumeric(0);
    return new SimpleBoundAggregate(DataType.DOUBLE, false, false,
        () -> new VarianceAccumulator(VarianceAccumulator.Kind.STDDEV_SAMP));
  }
}
