package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code sign(x)}: -1.0, 0.0 or 1.0 by the sign of x (NaN stays NaN). */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=sign")
public final class Sign extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.signum(value);
  }
}
