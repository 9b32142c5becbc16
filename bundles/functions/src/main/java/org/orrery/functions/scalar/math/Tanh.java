package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code tanh(x)}: the hyperbolic tangent. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=tanh")
public final class Tanh extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.tanh(value);
  }
}
