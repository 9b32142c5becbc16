package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code sqrt(x)}: the square root, NaN for negative x. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=sqrt")
public final class Sqrt extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.sqrt(value);
  }
}
