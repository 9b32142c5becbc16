package org.orrery.functions.scalar.text;

import java.util.function.Predicate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.osgi.service.component.annotations.Component;

/** {@code string_contains(x, 's'='warn')}: whether the text contains the attribute {@code s}. */
@Component(service = ScalarFunction.class,
    property = ScalarFunction.NAME_PROPERTY + "=string_contains")
public final class StringContains extends TextPredicateFunction {
  @Override
  protected Predicate<String> test(FunctionArguments call) {
    String part = Attributes.required(call, "s");
    return text -> text.contains(part);
  }
}
