package org.orrery.functions.scalar.text;

import java.util.function.UnaryOperator;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.osgi.service.component.annotations.Component;

/**
 * {@code substring(x FROM start [FOR length])}: the characters from the 1-based position
 * {@code start}, at most {@code length} of them (all the rest without {@code FOR}); empty when the
 * text is shorter than {@code start}. The analyzer passes the literals as attributes {@code from}
 * and {@code for}; both must be positive, as IoTDB requires.
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=substring")
public final class Substring extends TextToTextFunction {
  @Override
  protected UnaryOperator<String> operation(FunctionArguments call) {
    int from = positive(call, "from", Attributes.required(call, "from"));
    String forText = call.attributes().get("for");
    int length = forText == null ? Integer.MAX_VALUE : positive(call, "for", forText);
    int begin = from - 1;
    return text -> {
      if (begin >= text.length()) {
        return "";
      }
      long end = (long) begin + length;
      return end >= text.length() ? text.substring(begin) : text.substring(begin, (int) end);
    };
  }

  private static int positive(FunctionArguments call, String key, String text) {
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw call.invalid("attribute '" + key + "' = '" + text + "' is not an INT32 number");
    }
    if (value <= 0) {
      throw call.invalid("attribute '" + key + "' = '" + text + "' must be greater than 0");
    }
    return value;
  }
}
