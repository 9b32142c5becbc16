package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code degrees(x)}: x radians in degrees. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=degrees")
public final class Degrees extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.toDegrees(value);
  }
}
