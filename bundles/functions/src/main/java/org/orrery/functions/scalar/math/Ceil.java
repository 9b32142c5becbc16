package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code ceil(x)}: the smallest whole number not below x, as DOUBLE. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=ceil")
public final class Ceil extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.ceil(value);
  }
}
