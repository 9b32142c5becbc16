package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code variance(x)}: the sample variance (alias of var_samp) of numeric values, DOUBLE; null
 * with fewer than two values.
 */
@Component(service = AggregateFunction.class, property = ScalarFunction.NAME_PROPERTY + "=variance")
public final class Variance implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    call.requireNumeric(0);
    return new SimpleBoundAggregate(DataType.DOUBLE, false, false,
        () -> new VarianceAccumulator(VarianceAccumulator.Kind.VAR_SAMP));
  }
}
