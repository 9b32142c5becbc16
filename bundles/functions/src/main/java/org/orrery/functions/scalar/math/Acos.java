package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code acos(x)}: the arc cosine, NaN outside [-1, 1]. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=acos")
public final class Acos extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.acos(value);
  }
}
