package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code exp(x)}: e to the power x. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=exp")
public final class Exp extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.exp(value);
  }
}
