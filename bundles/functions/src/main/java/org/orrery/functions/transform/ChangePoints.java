package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.Type;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code change_points(x)}: the points whose value differs from the previous point's (the first
 * point always), so runs of equal values collapse to their first point. Any input type; output in
 * the input's type. Floating values are equal when {@link Double#compare} says so.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=change_points")
public final class ChangePoints extends BuiltinTransform {
  private Type type;
  private boolean hasPrevious;
  private long previousWhole;
  private double previousFloating;
  private Binary previousBinary;

  public ChangePoints() {
    super("change_points");
  }

  @Override
  protected void check(UDFParameterValidator validator) {
    validator.validateInputSeriesNumber(1);
  }

  @Override
  protected void configure(UDFParameters parameters, UDTFConfigurations configurations) {
    type = parameters.getDataType(0);
    configurations.setAccessStrategy(new RowByRowAccessStrategy()).setOutputDataType(type);
  }

  @Override
  public void transform(Row row, PointCollector collector) {
    if (row.isNull(0)) {
      return;
    }
    long whole = 0;
    double floating = 0;
    Binary binary = null;
    switch (type) {
      case BOOLEAN:
        whole = row.getBoolean(0) ? 1 : 0;
        break;
      case INT32:
      case DATE:
        whole = row.getInt(0);
        break;
      case INT64:
      case TIMESTAMP:
        whole = row.getLong(0);
        break;
      case FLOAT:
      case DOUBLE:
        floating = InputValues.doubleOf(row, 0);
        break;
      default:
        binary = row.getBinary(0);
        break;
    }
    boolean changed = !hasPrevious
        || whole != previousWhole
        || Double.compare(floating, previousFloating) != 0
        || (binary != null && !binary.equals(previousBinary));
    if (changed) {
      InputValues.copy(collector, row.getTime(), row, 0);
    }
    hasPrevious = true;
    previousWhole = whole;
    previousFloating = floating;
    previousBinary = binary;
  }
}
