package org.orrery.engine.function;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A row-mapping function (one output value per input row, no state across rows), evaluated on
 * whole columns: {@code sin}, {@code concat}, {@code cast}, ... Registered as an OSGi service with
 * the property {@value #NAME_PROPERTY} (lower case); the query engine finds functions by that
 * name, case-insensitively.
 */
@ConsumerType
public interface ScalarFunction {
  /** Service property holding the function's SQL name. */
  String NAME_PROPERTY = "function.name";

  /**
   * Checks a call and binds it to its argument types.
   *
   * @throws org.orrery.common.error.OrreryException SEMANTIC_ERROR naming the function and the
   *     offending argument or attribute
   */
  BoundScalar bind(FunctionArguments arguments);
}
