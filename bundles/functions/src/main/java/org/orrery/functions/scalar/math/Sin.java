package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code sin(x)}: the sine of x radians. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=sin")
public final class Sin extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.sin(value);
  }
}
