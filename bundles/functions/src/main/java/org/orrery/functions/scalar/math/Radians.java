package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code radians(x)}: x degrees in radians. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=radians")
public final class Radians extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.toRadians(value);
  }
}
