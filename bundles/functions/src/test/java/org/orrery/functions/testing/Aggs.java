package org.orrery.functions.testing;

import java.util.Arrays;
import java.util.List;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.functions.BuiltinFunctions;

/** Binds built-in aggregations and feeds them points, as the engine would. */
public final class Aggs {
  private Aggs() {}

  public static AggregateFunction function(String name) {
    AggregateFunction function = BuiltinFunctions.aggregates().get(name);
    if (function == null) {
      throw new AssertionError("no aggregation " + name);
    }
    return function;
  }

  public static BoundAggregate bind(String name, List<DataType> types, String... attributes) {
    return function(name).bind(Calls.call(name, types, attributes));
  }

  public static BoundAggregate bind(String name, Column[] arguments, String... attributes) {
    return bind(name, Arrays.stream(arguments).map(Column::type).toList(), attributes);
  }

  /** The aggregation of all rows, with times 1..n. */
  public static Object aggregate(String name, Column[] arguments, String... attributes) {
    return aggregate(name, Cols.times(arguments[0].size()), arguments, attributes);
  }

  /** The aggregation of all rows at the given times. */
  public static Object aggregate(String name, long[] times, Column[] arguments,
      String... attributes) {
    Accumulator accumulator = bind(name, arguments, attributes).newAccumulator();
    accumulator.add(times, arguments, 0, arguments[0].size());
    return text(accumulator.result());
  }

  /** A text result as a String, for readable assertions; other values unchanged. */
  public static Object text(Object result) {
    return result instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : result;
  }
}
