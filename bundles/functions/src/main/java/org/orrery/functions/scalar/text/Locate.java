package org.orrery.functions.scalar.text;

import java.util.function.ToIntFunction;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.osgi.service.component.annotations.Component;

/**
 * {@code locate(x, 'target'='t'[, 'reverse'='true'])}: the 0-based position of the first
 * (or with {@code reverse}, the last) occurrence of {@code target}, -1 when absent. INT32.
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=locate")
public final class Locate extends TextToIntFunction {
  @Override
  protected ToIntFunction<String> measure(FunctionArguments call) {
    String target = Attributes.required(call, "target");
    boolean reverse = Attributes.optionalBoolean(call, "reverse", false);
    return reverse ? text -> text.lastIndexOf(target) : text -> text.indexOf(target);
  }
}
