package org.orrery.functions.support;

import java.util.Locale;
import org.orrery.engine.function.FunctionArguments;

/**
 * Typed reading of a call's attributes; a value that does not parse fails the call with an error
 * naming the function, the attribute and its text.
 */
public final class Attributes {
  private Attributes() {}

  /** The attribute's text; fails when it is absent. */
  public static String required(FunctionArguments call, String key) {
    String text = call.attributes().get(key);
    if (text == null) {
      throw call.invalid("attribute '" + key + "' is required");
    }
    return text;
  }

  public static double requiredDouble(FunctionArguments call, String key) {
    return parseDouble(call, key, required(call, key));
  }

  public static double optionalDouble(FunctionArguments call, String key, double fallback) {
    String text = call.attributes().get(key);
    return text == null ? fallback : parseDouble(call, key, text);
  }

  public static int optionalInt(FunctionArguments call, String key, int fallback) {
    String text = call.attributes().get(key);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw call.invalid("attribute '" + key + "' = '" + text + "' is not an INT32 number");
    }
  }

  public static boolean optionalBoolean(FunctionArguments call, String key, boolean fallback) {
    String text = call.attributes().get(key);
    if (text == null) {
      return fallback;
    }
    String lower = text.trim().toLowerCase(Locale.ROOT);
    if (lower.equals("true")) {
      return true;
    }
    if (lower.equals("false")) {
      return false;
    }
    throw call.invalid("attribute '" + key + "' = '" + text + "' is not true or false");
  }

  private static double parseDouble(FunctionArguments call, String key, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw call.invalid("attribute '" + key + "' = '" + text + "' is not a number");
    }
  }
}
