package org.orrery.functions.scalar.math;

import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code log10(x)}: the base-10 logarithm. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=log10")
public final class Log10 extends DoubleMathFunction {
  @Override
  protected double apply(double value) {
    return Math.log10(value);
  }
}
