package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code cosh(x)}: the hyperbolic cosine. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=cosh")
public final class Cosh extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.cosh(value);
  }
}
