package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code count(x)}: the number of non-null values of any type; INT64, 0 when there are none. */
@Component(service = AggregateFunction.class, property = ScalarFunction.NAME_PROPERTY + "=count")
public final class Count implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    return new SimpleBoundAggregate(DataType.INT64, true, false, CountAccumulator::new);
  }
}
