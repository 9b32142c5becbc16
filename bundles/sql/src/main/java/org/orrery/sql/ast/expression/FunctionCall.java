package org.orrery.sql.ast.expression;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A call of a built-in or user-defined function, e.g. {@code top_k(s1, 'k'='2')}. Attributes are
 * the {@code 'key'='value'} arguments, kept in the written order with their values as text.
 *
 * @param name the function name as written (function names are case-insensitive)
 * @param arguments the positional arguments
 * @param attributes the key-value arguments
 */
public record FunctionCall(
    String name,
    List<Expression> arguments,
    Map<String, String> attributes) implements Expression {
  public FunctionCall {
    Objects.requireNonNull(name, "name");
    arguments = List.copyOf(arguments);
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitFunctionCall(this);
  }

  /** True when the function name is {@code other}, ignoring letter case. */
  public boolean isNamed(String other) {
    return name.equalsIgnoreCase(other);
  }
}
