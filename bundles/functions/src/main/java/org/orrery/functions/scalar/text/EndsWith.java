package org.orrery.functions.scalar.text;

import java.util.function.Predicate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.osgi.service.component.annotations.Component;

/** {@code endswith(x, 'target'='s')}: whether the text ends with {@code target}. */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=endswith")
public final class EndsWith extends TextPredicateFunction {
  @Override
  protected Predicate<String> test(FunctionArguments call) {
    String suffix = Attributes.required(call, "target");
    return text -> text.endsWith(suffix);
  }
}
