package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code mode(x)}: the most frequent value of any type, in x's type; ties go to the value seen
 * first. Null without input.
 */
@Component(service = AggregateFunction.class, property = ScalarFunction.NAME_PROPERTY + "=mode")
public final class Mode implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    DataType type = call.type(0);
    return new SimpleBoundAggregate(type, false, false, ModeAccumulator::new);
  }
}
