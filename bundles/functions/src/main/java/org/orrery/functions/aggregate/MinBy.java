package org.orrery.functions.aggregate;

import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code min_by(x, y)}: the value of x at the row where y is smallest, the earliest such row on
 * ties; null when x is null there or y has no value. x's type.
 */
@Component(service = AggregateFunction.class, property = ScalarFunction.NAME_PROPERTY + "=min_by")
public final class MinBy implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    return ByFunction.bind(call, false);
  }
}
