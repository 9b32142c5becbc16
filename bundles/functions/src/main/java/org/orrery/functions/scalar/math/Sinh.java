package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code sinh(x)}: the hyperbolic sine. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=sinh")
public final class Sinh extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.sinh(value);
  }
}
