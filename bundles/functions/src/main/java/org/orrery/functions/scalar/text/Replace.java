package org.orrery.functions.scalar.text;

import java.util.function.UnaryOperator;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.osgi.service.component.annotations.Component;

/**
 * {@code replace(x, 'from', 'to')}: the text with every occurrence of {@code from} replaced by
 * {@code to}, literally (no regular expressions). The analyzer passes the two literals as the
 * attributes {@code from} and {@code to}.
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=replace")
public final class Replace extends TextToTextFunction {
  @Override
  protected UnaryOperator<String> operation(FunctionArguments call) {
    String from = Attributes.required(call, "from");
    String to = Attributes.required(call, "to");
    return text -> text.replace(from, to);
  }
}
