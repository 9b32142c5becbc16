package org.orrery.functions.scalar.text;

import java.util.function.Predicate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.osgi.service.component.annotations.Component;

/** {@code startswith(x, 'target'='p')}: whether the text starts with {@code target}. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=startswith")
public final class StartsWith extends TextPredicateFunction {
  @Override
  protected Predicate<String> test(FunctionArguments call) {
    String prefix = Attributes.required(call, "target");
    return text -> text.startsWith(prefix);
  }
}
