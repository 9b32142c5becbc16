package org.orrery.engine.function;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An aggregation ({@code count}, {@code avg}, {@code max_by}, ...). Registered as an OSGi service
 * with the property {@value ScalarFunction#NAME_PROPERTY}.
 */
@ConsumerType
public interface AggregateFunction {
  /**
   * Checks a call and binds it to its argument types.
   *
   * @throws org.orrery.common.error.OrreryException SEMANTIC_ERROR naming the function and the
   *     offending argument or attribute
   */
  BoundAggregate bind(FunctionArguments arguments);
}
