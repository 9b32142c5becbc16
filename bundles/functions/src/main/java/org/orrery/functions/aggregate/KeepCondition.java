package org.orrery.functions.aggregate;

import java.util.Locale;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orrery.engine.function.FunctionArguments;

/**
 * The {@code keep} condition of {@code count_if}: a comparison of a run's length with an INT64
 * threshold, written {@code 3} (meaning {@code keep >= 3}), {@code >=3}, {@code keep > 3},
 * {@code keep = 3}, {@code keep != 3}, {@code keep < 3} or {@code keep <= 3}.
 */
final class KeepCondition {
  private static final Pattern SYNTAX = Pattern.compile(
      "\\s*(?:keep\\s*)?(>=|<=|!=|<>|==|=|>|<)?\\s*([+-]?\\d+)\\s*");

  private KeepCondition() {}

  /** The run-length test the text describes; fails the call when it is not one. */
  static LongPredicate parse(FunctionArguments call, String text) {
    Matcher matcher = SYNTAX.matcher(text.toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw call.invalid("'" + text + "' is not a keep condition such as 3 or keep >= 3");
    }
    long threshold;
    try {
      threshold = Long.parseLong(matcher.group(2));
    } catch (NumberFormatException e) {
      throw call.invalid("keep threshold '" + matcher.group(2) + "' is not an INT64 number");
    }
    String operator = matcher.group(1) == null ? ">=" : matcher.group(1);
    switch (operator) {
      case ">=":
        return length -> length >= threshold;
      case ">":
        return length -> length > threshold;
      case "<=":
        return length -> length <= threshold;
      case "<":
        return length -> length < threshold;
      case "!=":
      case "<>":
        return length -> length != threshold;
      default:
        return length -> length == threshold;
    }
  }
}
