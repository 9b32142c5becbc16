package org.orrery.functions.transform;

import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy;
import org.orrery.udf.api.type.Type;

/**
 * A row-by-row function of each point and the point before it ({@code time_difference},
 * {@code difference}, {@code derivative}...): no output for the first point, one per later point.
 * Whole inputs are remembered as {@code long} so that INT64 differences stay exact.
 */
abstract class PreviousPointTransform extends BuiltinTransform {
  private Type inputType;
  private boolean hasPrevious;
  private long previousTime;
  private long previousWhole;
  private double previousFloating;

  PreviousPointTransform(String name) {
    super(name);
  }

  /** The output type for an input of {@code inputType}. */
  protected abstract Type outputType(Type inputType);

  /**
   * Outputs the point for the current row, given the previous one; {@code whole} values are set
   * for INT32/INT64 inputs, {@code floating} values for the others.
   */
  protected abstract void emit(PointCollector collector, Type inputType, long time, long whole,
      double floating, long previousTime, long previousWhole, double previousFloating);

  @Override
  protected void check(UDFParameterValidator validator) {
    InputValues.requireOneNumericInput(validator);
  }

  @Override
  protected void configure(UDFParameters parameters, UDTFConfigurations configurations) {
    inputType = parameters.getDataType(0);
    configurations.setAccessStrategy(new RowByRowAccessStrategy())
        .setOutputDataType(outputType(inputType));
  }

  @Override
  public void transform(Row row, PointCollector collector) {
    if (row.isNull(0)) {
      return;
    }
    long time = row.getTime();
    long whole = 0;
    double floating = 0;
    switch (inputType) {
      case INT32:
        whole = row.getInt(0);
        break;
      case INT64:
        whole = row.getLong(0);
        break;
      case FLOAT:
      case DOUBLE:
        floating = InputValues.doubleOf(row, 0);
        break;
      default:
        break;
    }
    if (hasPrevious) {
      emit(collector, inputType, time, whole, floating, previousTime, previousWhole,
          previousFloating);
    }
    hasPrevious = true;
    previousTime = time;
    previousWhole = whole;
    previousFloating = floating;
  }

  /** The change from the previous value as a double. */
  static double change(Type inputType, long whole, double floating, long previousWhole,
      double previousFloating) {
    return isWhole(inputType) ? (double) (whole - previousWhole) : floating - previousFloating;
  }

  static boolean isWhole(Type type) {
    return type == Type.INT32 || type == Type.INT64;
  }
}
