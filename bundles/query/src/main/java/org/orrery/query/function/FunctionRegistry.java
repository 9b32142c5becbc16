package org.orrery.query.function;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.ScalarFunction;

/**
 * The functions a query can call, by lower-case name: scalar functions, aggregations and
 * transform functions (UDTFs). Filled by the OSGi component from services as they come and go, or
 * by plain {@code register} calls. Thread-safe; a lookup sees the registrations of the moment.
 *
 * <p>When two registrations use the same name the later wins until it is removed; removing
 * checks the instance, so an older registration's departure cannot remove a newer one.
 */
public final class FunctionRegistry {
  private final Map<String, ScalarFunction> scalars = new ConcurrentHashMap<>();
  private final Map<String, AggregateFunction> aggregates = new ConcurrentHashMap<>();
  private final Map<String, UdtfFactory> transforms = new ConcurrentHashMap<>();

  private static String key(String name) {
    return Objects.requireNonNull(name, "function name").toLowerCase(Locale.ROOT);
  }

  public void registerScalar(String name, ScalarFunction function) {
    scalars.put(key(name), Objects.requireNonNull(function, "function"));
  }

  public void unregisterScalar(String name, ScalarFunction function) {
    scalars.remove(key(name), function);
  }

  public void registerAggregate(String name, AggregateFunction function) {
    aggregates.put(key(name), Objects.requireNonNull(function, "function"));
  }

  public void unregisterAggregate(String name, AggregateFunction function) {
    aggregates.remove(key(name), function);
  }

  public void registerTransform(String name, UdtfFactory factory) {
    transforms.put(key(name), Objects.requireNonNull(factory, "factory"));
  }

  public void unregisterTransform(String name, UdtfFactory factory) {
    transforms.remove(key(name), factory);
  }

  public Optional<ScalarFunction> scalar(String name) {
    return Optional.ofNullable(scalars.get(key(name)));
  }

  public Optional<AggregateFunction> aggregate(String name) {
    return Optional.ofNullable(aggregates.get(key(name)));
  }

  public Optional<UdtfFactory> transform(String name) {
    return Optional.ofNullable(transforms.get(key(name)));
  }

  /** What kind of function {@code name} is, or empty when none is registered. */
  public Optional<FunctionKind> kindOf(String name) {
    String key = key(name);
    if (aggregates.containsKey(key)) {
      return Optional.of(FunctionKind.AGGREGATE);
    }
    if (scalars.containsKey(key)) {
      return Optional.of(FunctionKind.SCALAR);
    }
    if (transforms.containsKey(key)) {
      return Optional.of(FunctionKind.TRANSFORM);
    }
    return Optional.empty();
  }

  /** The kinds of functions a query can call. */
  public enum FunctionKind {
    SCALAR,
    AGGREGATE,
    TRANSFORM
  }
}
