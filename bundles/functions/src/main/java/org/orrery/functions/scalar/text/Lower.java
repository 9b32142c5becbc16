package org.orrery.functions.scalar.text;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/** {@code lower(x)}: the text in lower case (locale-independent rules). */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=lower")
public final class Lower extends TextToTextFunction {
  @Override
  protected UnaryOperator<String> operation(FunctionArguments call) {
    return text -> text.toLowerCase(Locale.ROOT);
  }
}
