package org.orrery.functions.scalar.convert;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code e(x...)}: {@link Math#E} as DOUBLE wherever an input has a point. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=e")
public final class E extends ConstantSeriesFunction {
  @Override
  protected Constant constant(FunctionArguments call) {
    return new Constant(DataType.DOUBLE, Math.E);
  }
}
