package org.orrery.query.udtf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.query.context.QueryContext;
import org.orrery.query.function.UdtfFactory;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.AccessStrategy;

/**
 * One call of a transform function in a query, following the UDTF lifecycle: a fresh instance,
 * {@code validate} and {@code beforeStart} when the query is analysed (that is when the output
 * type becomes known), {@code transform} over the rows cut by the chosen access strategy and
 * {@code terminate} while a {@link UdtfStream} is fed, and {@code beforeDestroy} on
 * {@link #close()} whatever happened.
 */
public final class UdtfCall implements AutoCloseable {
  private final String name;
  private final UdtfFactory factory;
  private final UDTF instance;
  private final AccessStrategy strategy;
  private final DataType outputType;
  private boolean closed;

  /**
   * Creates the instance and runs {@code validate} and {@code beforeStart}.
   *
   * @throws OrreryException SEMANTIC_ERROR naming the function when it rejects the call
   */
  public UdtfCall(String name, UdtfFactory factory, List<String> inputs, List<DataType> types,
      Map<String, String> attributes) {
    this.name = name;
    this.factory = factory;
    this.instance = factory.newInstance();
    try {
      List<org.orrery.udf.api.type.Type> udfTypes = new ArrayList<>();
      for (DataType type : types) {
        udfTypes.add(UdfTypes.toUdf(type));
      }
      UDFParameters parameters = new UDFParameters(inputs, udfTypes, attributes);
      instance.validate(new UDFParameterValidator(parameters));
      UDTFConfigurations configurations = new UDTFConfigurations();
      instance.beforeStart(parameters, configurations);
      configurations.check(parameters);
      this.strategy = configurations.getAccessStrategy();
      this.outputType = UdfTypes.toEngine(configurations.getOutputDataType());
    } catch (Exception e) {
      close();
      throw failure(e);
    }
  }

  private OrreryException failure(Exception e) {
    if (e instanceof OrreryException orrery) {
      return orrery;
    }
    return new OrreryException(ErrorCode.SEMANTIC_ERROR, "function " + name + ": "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
  }

  public DataType outputType() {
    return outputType;
  }

  String name() {
    return name;
  }

  /**
   * Starts running the function over input rows with the given argument types, fed block by
   * block; the transform and terminate steps happen as the stream is fed and finished.
   */
  public UdtfStream open(List<DataType> argumentTypes, QueryContext context) {
    return new UdtfStream(this, strategy, outputType, argumentTypes, context);
  }

  void transform(Row row, PointCollector collector) {
    try {
      instance.transform(row, collector);
    } catch (Exception e) {
      throw failure(e);
    }
  }

  void transform(RowWindow window, PointCollector collector) {
    try {
      instance.transform(window, collector);
    } catch (Exception e) {
      throw failure(e);
    }
  }

  void terminate(PointCollector collector) {
    try {
      instance.terminate(collector);
    } catch (Exception e) {
      throw failure(e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      instance.beforeDestroy();
    } finally {
      factory.release(instance);
    }
  }
}
