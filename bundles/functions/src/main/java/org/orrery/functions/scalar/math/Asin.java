package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code asin(x)}: the arc sine, NaN outside [-1, 1]. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=asin")
public final class Asin extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.asin(value);
  }
}
