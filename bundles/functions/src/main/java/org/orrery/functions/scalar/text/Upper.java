package org.orrery.functions.scalar.text;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code upper(x)}: the text in upper case (locale-independent rules). */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=upper")
public final class Upper extends TextToTextFunction {
  @Override
  protected UnaryOperator<String> operation(FunctionArguments call) {
    return text -> text.toUpperCase(Locale.ROOT);
  }
}
