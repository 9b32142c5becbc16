package org.orrery.functions.scalar.text;

import java.util.function.ToIntFunction;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code length(x)}: the number of characters (UTF-16 units, as Java counts them). INT32. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=length")
public final class Length extends TextToIntFunction {
  @Override
  protected ToIntFunction<String> measure(FunctionArguments call) {
    return String::length;
  }
}
