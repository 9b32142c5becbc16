package org.orrery.engine.function;

import java.util.List;
import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;

/**
 * The static shape of a call: the types of the argument expressions and the attributes, e.g.
 * {@code top_k(s1, 'k'='3')} has types {@code [s1's type]} and attributes {@code {k=3}}.
 */
public record FunctionArguments(String functionName, List<DataType> types, Map<String, String> attributes) {
  public FunctionArguments {
    types = List.copyOf(types);
    attributes = Map.copyOf(attributes);
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
