package org.orrery.udf.api;

import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A user-defined time-series generating function: takes one or more input series and outputs one
 * series with any number of points.
 *
 * <h2>Lifecycle</h2>
 *
 * <p>For every query that calls the function, the server takes a new instance and calls, in this
 * order:
 *
 * <ol>
 *   <li>{@link #validate(UDFParameterValidator)} once: check the arguments;
 *   <li>{@link #beforeStart(UDFParameters, UDTFConfigurations)} once: read the attributes, choose
 *       the access strategy and output type, open resources;
 *   <li>{@link #transform(Row, PointCollector)} once per input row, or
 *       {@link #transform(RowWindow, PointCollector)} once per window, depending on the
 *       {@linkplain UDTFConfigurations#setAccessStrategy access strategy};
 *   <li>{@link #terminate(PointCollector)} once, after the last input;
 *   <li>{@link #beforeDestroy()} once, also when an earlier step failed or the query was
 *       cancelled: release resources.
 * </ol>
 *
 * <p>Instances are never shared between queries, or between two calls of the function in one
 * query, so fields can hold per-query state without synchronisation. For the same reason an OSGi
 * component implementing this interface must be a prototype-scope service (see the package
 * documentation).
 *
 * <p>Across all {@code transform} and {@code terminate} calls the output times must strictly
 * increase, and the values must match the output type; see {@link PointCollector}. A method that
 * throws fails the query with the exception's message.
 */
@ConsumerType
public interface UDTF {

  /**
   * Checks the arguments of the call before anything else runs. The default accepts everything.
   *
   * @throws Exception to reject the call; prefer the validator's checks, whose messages name
   *     the offending argument
   */
  default void validate(UDFParameterValidator validator) throws Exception {}

  /**
   * Prepares the instance for the query. Must set both the access strategy and the output type on
   * {@code configurations}.
   */
  void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) throws Exception;

  /**
   * Processes one row; called when the access strategy is
   * {@link org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy}. May output any number
   * of points.
   */
  default void transform(Row row, PointCollector collector) throws Exception {
    throw new UnsupportedOperationException(
        getClass().getName()
            + " chose row-by-row access but does not implement transform(Row, PointCollector)");
  }

  /**
   * Processes one window; called for every windowed access strategy, empty windows included. May
   * output any number of points.
   */
  default void transform(RowWindow rowWindow, PointCollector collector) throws Exception {
    throw new UnsupportedOperationException(
        getClass().getName()
            + " chose windowed access but does not implement transform(RowWindow, PointCollector)");
  }

  /**
   * Called once after the last {@code transform}; may output final points, whose times must be
   * later than every point output before. The default outputs nothing.
   */
  default void terminate(PointCollector collector) throws Exception {}

  /** Called once when the instance is discarded, whatever happened before. */
  default void beforeDestroy() {}
}
