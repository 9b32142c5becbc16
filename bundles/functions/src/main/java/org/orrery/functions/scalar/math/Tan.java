package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code tan(x)}: the tangent of x radians. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=tan")
public final class Tan extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.tan(value);
  }
}
