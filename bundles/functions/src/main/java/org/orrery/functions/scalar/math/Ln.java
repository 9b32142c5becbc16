package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code ln(x)}: the natural logarithm, NaN for negative x and -Infinity for 0. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=ln")
public final class Ln extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.log(value);
  }
}
