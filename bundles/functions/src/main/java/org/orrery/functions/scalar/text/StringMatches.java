package org.orrery.functions.scalar.text;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.osgi.service.component.annotations.Component;

/**
 * {@code string_matches(x, 'regex'='...')}: whether the whole text matches the Java regular
 * expression {@code regex}.
 */
@Component(service = ScalarFunction.class,
    property = ScalarFunction.NAME_PROPERTY + "=string_matches")
public final class StringMatches extends TextPredicateFunction {
  @Override
  protected Predicate<String> test(FunctionArguments call) {
    String regex = Attributes.required(call, "regex");
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw call.invalid("attribute 'regex' = '" + regex + "' is not a regular expression: "
          + e.getDescription());
    }
    return text -> pattern.matcher(text).matches();
  }
}
