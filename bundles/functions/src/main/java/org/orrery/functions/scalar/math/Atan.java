package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code atan(x)}: the arc tangent. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=atan")
public final class Atan extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.atan(value);
  }
}
