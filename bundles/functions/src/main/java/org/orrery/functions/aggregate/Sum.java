package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code sum(x)}: the sum of numeric values as DOUBLE; null when there are none. */
@Component(service = AggregateFunction.class, property = ScalarFunction.NAME_PROPERTY + "=sum")
public final class Sum implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    call.requireNumeric(0);
    return new SimpleBoundAggregate(DataType.DOUBLE, true, false, () -> new SumAccumulator(false));
  }
}
