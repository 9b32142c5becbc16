package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code floor(x)}: the largest whole number not above x, as DOUBLE. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=floor")
public final class Floor extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.floor(value);
  }
}
