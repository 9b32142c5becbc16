package org.orrery.functions.scalar.text;

import java.util.function.UnaryOperator;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code trim(x)}: the text without leading and trailing spaces (and other chars up to U+0020). */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=trim")
public final class Trim extends TextToTextFunction {
  @Override
  protected UnaryOperator<String> operation(FunctionArguments call) {
    return String::trim;
  }
}
