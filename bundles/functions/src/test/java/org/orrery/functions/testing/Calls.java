package org.orrery.functions.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.BuiltinFunctions;

/** Builds calls of built-in scalar functions and evaluates them, as the engine would. */
public final class Calls {
  private Calls() {}

  /** A call with the given argument types and attributes as key, value, key, value... */
  public static FunctionArguments call(String name, List<DataType> types, String... attributes) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < attributes.length; i += 2) {
      map.put(attributes[i], attributes[i + 1]);
    }
    return new FunctionArguments(name, types, map);
  }

  public static ScalarFunction scalar(String name) {
    ScalarFunction function = BuiltinFunctions.scalars().get(name);
    if (function == null) {
      throw new AssertionError("no scalar function " + name);
    }
    return function;
  }

  /** Binds {@code name} to the columns' types and attributes and evaluates all their rows. */
  public static Column evaluate(String name, Column[] arguments, String... attributes) {
    BoundScalar bound = bind(name, arguments, attributes);
    int rows = arguments[0].size();
    return bound.evaluate(Cols.times(rows), arguments, rows);
  }

  public static BoundScalar bind(String name, Column[] arguments, String... attributes) {
    List<DataType> types = java.util.Arrays.stream(arguments).map(Column::type).toList();
    return scalar(name).bind(call(name, types, attributes));
  }

  /** Evaluates and returns the boxed values (text decoded). */
  public static Object[] values(String name, Column[] arguments, String... attributes) {
    Column result = evaluate(name, arguments, attributes);
    return Cols.values(result, arguments[0].size());
  }
}
