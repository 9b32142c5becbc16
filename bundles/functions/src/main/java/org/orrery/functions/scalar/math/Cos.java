package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code cos(x)}: the cosine of x radians. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=cos")
public final class Cos extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.cos(value);
  }
}
