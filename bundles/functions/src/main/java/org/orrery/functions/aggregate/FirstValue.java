package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code first_value(x)}: the value with the smallest time, in x's type (any type); null without
 * input.
 */
@Component(service = AggregateFunction.class,
    property = ScalarFunction.NAME_PROPERTY + "=first_value")
public final class FirstValue implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    DataType type = call.type(0);
    return new SimpleBoundAggregate(type, true, true, () -> new FirstValueAccumulator());
  }
}
