package org.orrery.engine.function;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;

/**
 * The static shape of a call: the types of the argument expressions and the attributes, e.g.
 * {@code top_k(s1, 'k'='3')} has types {@code [s1's type]} and attributes {@code {k=3}}.
 *
 * <p>Attributes keep the order of the map they are built from (pass a {@link LinkedHashMap} in
 * the order they were written): {@code concat} appends its {@code target...} attributes in that
 * order.
 *
 * <p>Literal (non-series) arguments that IoTDB's syntax writes positionally reach the built-in
 * functions as attributes, so that {@link #types()} lists only series/expression arguments:
 *
 * <ul>
 *   <li>{@code round(x, 2)}: attribute {@code places=2};
 *   <li>{@code count_if(p, 3)} / {@code count_if(p, keep >= 3)}: attribute {@code keep} holding
 *       the condition as written ({@code 3}, {@code >=3}, {@code keep>=3}, {@code keep != 2}...);
 *   <li>{@code cast(x AS INT64)}: attribute {@code type=INT64};
 *   <li>{@code substring(x FROM 1 FOR 2)} or {@code substring(x, 1, 2)}: attributes
 *       {@code from=1} and {@code for=2} ({@code for} optional);
 *   <li>{@code replace(x, 'es', 'tt')}: attributes {@code from=es} and {@code to=tt};
 *   <li>{@code max_by(time, x)} / {@code min_by(time, x)}: the time column is an argument of
 *       type {@code INT64} holding each row's timestamp (IoTDB types the time column INT64, so
 *       the result is INT64 and prints as a number).
 * </ul>
 */
public record FunctionArguments(String functionName, List<DataType> types, Map<String, String> attributes) {
  public FunctionArguments {
    types = List.copyOf(types);
    Map<String, String> ordered = new LinkedHashMap<>();
    attributes.forEach((key, value) -> ordered.put(
        Objects.requireNonNull(key, "attribute key"), Objects.requireNonNull(value, "attribute " + key)));
    attributes = Collections.unmodifiableMap(ordered);
  }

  public int count() {
    return types.size();
  }

  public DataType type(int index) {
    return types.get(index);
  }

  /** A SEMANTIC_ERROR naming this function, for rejecting the call. */
  public OrreryException invalid(String why) {
    return new OrreryException(ErrorCode.SEMANTIC_ERROR, "function " + functionName + ": " + why);
  }

  /** Fails unless there are exactly {@code n} arguments. */
  public void requireCount(int n) {
    if (types.size() != n) {
      throw invalid("expects " + n + " argument(s) but got " + types.size());
    }
  }

  /** Fails unless argument {@code index} is numeric (INT32, INT64, FLOAT, DOUBLE). */
  public void requireNumeric(int index) {
    if (!types.get(index).isNumeric()) {
      throw invalid("argument " + (index + 1) + " must be numeric but is " + types.get(index));
    }
  }

  /** The attribute, or {@code fallback} when absent. */
  public String attribute(String key, String fallback) {
    return attributes.getOrDefault(key, fallback);
  }
}
