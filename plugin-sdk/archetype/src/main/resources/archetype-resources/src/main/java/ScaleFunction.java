package ${package};

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy;
import org.orrery.udf.api.type.Type;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The SQL function {@code scale(series, 'factor'='f', 'offset'='o')}: outputs
 * {@code value * f + o} as a DOUBLE for every non-null point of one numeric series. {@code factor}
 * defaults to 1 and {@code offset} to 0.
 *
 * <p>Prototype scope: the server needs a fresh instance for every query.
 */
@Component(
    service = UDTF.class,
    scope = ServiceScope.PROTOTYPE,
    property = UDFName.SERVICE_PROPERTY + "=scale")
public class ScaleFunction implements UDTF {
  private double factor;
  private double offset;

  @Override
  public void validate(UDFParameterValidator validator) {
    validator
        .validateInputSeriesNumber(1)
        .validateInputSeriesDataType(0, Type.INT32, Type.INT64, Type.FLOAT, Type.DOUBLE);
    UDFParameters parameters = validator.getParameters();
    validator.validate(Double::isFinite, "'factor' must be a finite number",
        parameters.getDoubleOrDefault("factor", 1));
    validator.validate(Double::isFinite, "'offset' must be a finite number",
        parameters.getDoubleOrDefault("offset", 0));
  }

  @Override
  public void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) {
    factor = parameters.getDoubleOrDefault("factor", 1);
    offset = parameters.getDoubleOrDefault("offset", 0);
    configurations
        .setAccessStrategy(new RowByRowAccessStrategy())
        .setOutputDataType(Type.DOUBLE);
  }

  @Override
  public void transform(Row row, PointCollector collector) {
    if (row.isNull(0)) {
      return;
    }
    collector.putDouble(row.getTime(), numericValue(row) * factor + offset);
  }

  private static double numericValue(Row row) {
    return switch (row.getDataType(0)) {
      case INT32 -> row.getInt(0);
      case INT64 -> row.getLong(0);
      case FLOAT -> row.getFloat(0);
      default -> row.getDouble(0);
    };
  }
}
