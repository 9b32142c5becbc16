package org.orrery.udf.api;

import org.orrery.udf.api.collector.ResultValue;
import org.orrery.udf.api.column.ColumnBatch;
import org.orrery.udf.api.customizer.config.UDAFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A user-defined aggregation function: folds the rows of each group (a GROUP BY window, or the
 * whole query) into one value, through a {@link State}.
 *
 * <h2>Lifecycle</h2>
 *
 * <p>For every query that calls the function, the server takes a new instance and calls:
 *
 * <ol>
 *   <li>{@link #validate(UDFParameterValidator)} once;
 *   <li>{@link #beforeStart(UDFParameters, UDAFConfigurations)} once: read the attributes, set the
 *       output type;
 *   <li>then, per group and in any interleaving across groups: {@link #createState()} (or
 *       {@link State#reset()} on a reused state), {@link #addInput} for every batch of the group's
 *       rows, {@link #combineState} to merge partial states of the same group (built on other
 *       nodes or other partitions, possibly after {@link State#deserialize}), and finally
 *       {@link #outputFinal} once per group;
 *   <li>{@link #beforeDestroy()} once, also when an earlier step failed.
 * </ol>
 *
 * <p>Instances are never shared between queries, so fields can hold per-query settings. An OSGi
 * component implementing this interface must be a prototype-scope service (see the package
 * documentation). A method that throws fails the query with the exception's message.
 */
@ConsumerType
public interface UDAF {

  /** Checks the arguments of the call; the default accepts everything. */
  default void validate(UDFParameterValidator validator) throws Exception {}

  /** Prepares the instance for the query; must set the output type on {@code configurations}. */
  void beforeStart(UDFParameters parameters, UDAFConfigurations configurations) throws Exception;

  /**
   * A new state holding the aggregation's initial value (for a product, 1 rather than 0). Called
   * after {@link #beforeStart}, so it may depend on the attributes.
   */
  State createState();

  /**
   * Folds the selected rows of {@code input} into {@code state}. Column {@code i} of the batch
   * is the function's {@code i}-th input; rows that are not
   * {@linkplain ColumnBatch#isSelected(int) selected} must be skipped.
   */
  void addInput(State state, ColumnBatch input);

  /** Merges {@code rhs} into {@code state}; {@code rhs} must not be changed. */
  void combineState(State state, State rhs);

  /** Sets the group's result, computed from {@code state}, on {@code resultValue}. */
  void outputFinal(State state, ResultValue resultValue);

  /** Called once when the instance is discarded, whatever happened before. */
  default void beforeDestroy() {}
}
