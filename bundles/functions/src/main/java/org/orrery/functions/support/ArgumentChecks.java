package org.orrery.functions.support;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.FunctionArguments;

/** Argument type checks shared by the built-ins, failing with the function's name. */
public final class ArgumentChecks {
  private ArgumentChecks() {}

  /** Fails unless argument {@code index} is TEXT or STRING. */
  public static void requireText(FunctionArguments call, int index) {
    requireOneOf(call, index, DataType.TEXT, DataType.STRING);
  }

  /** Fails unless argument {@code index} has one of {@code allowed}. */
  public static void requireOneOf(FunctionArguments call, int index, DataType... allowed) {
    DataType actual = call.type(index);
    for (DataType type : allowed) {
      if (type == actual) {
        return;
      }
    }
    throw call.invalid("argument " + (index + 1) + " must be "
        + Arrays.stream(allowed).map(DataType::name).collect(Collectors.joining(" or "))
        + " but is " + actual);
  }

  /** Fails unless there are at least {@code n} arguments. */
  public static void requireAtLeast(FunctionArguments call, int n) {
    if (call.count() < n) {
      throw call.invalid("expects at least " + n + " argument(s) but got " + call.count());
    }
  }
}
