package org.orrery.samples.udf;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.access.RowIterator;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.SlidingSizeWindowAccessStrategy;
import org.orrery.udf.api.type.Type;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code moving_avg(series, 'window'='n', 'step'='k')}: the simple moving average of a numeric
 * series over windows of {@code n} rows (default 3), one window starting every {@code k} rows
 * (default 1).
 *
 * <p>For each full window the function outputs, at the time of the window's last row, the DOUBLE
 * mean of the window's non-null values; windows shorter than {@code n} (at the end of the data)
 * or with only null values output nothing.
 *
 * <p>Example with {@code window=3}: values 1, 2, 3, 4, 5 at times 1..5 give (3, 2.0), (4, 3.0),
 * (5, 4.0).
 */
@Component(
    service = UDTF.class,
    scope = ServiceScope.PROTOTYPE,
    property = UDFName.SERVICE_PROPERTY + "=moving_avg")
public class MovingAverage implements UDTF {
  private int window;

  @Override
  public void validate(UDFParameterValidator validator) {
    validator
        .validateInputSeriesNumber(1)
        .validateInputSeriesDataType(0, NumericInput.TYPES);
    UDFParameters parameters = validator.getParameters();
    validator.validate((Integer n) -> n > 0, "'window' must be positive",
        parameters.getIntOrDefault("window", 3));
    validator.validate((Integer k) -> k > 0, "'step' must be positive",
        parameters.getIntOrDefault("step", 1));
  }

  @Override
  public void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) {
    window = parameters.getIntOrDefault("window", 3);
    configurations
        .setAccessStrategy(
            new SlidingSizeWindowAccessStrategy(window, parameters.getIntOrDefault("step", 1)))
        .setOutputDataType(Type.DOUBLE);
  }

  @Override
  public void transform(RowWindow rowWindow, PointCollector collector) {
    if (rowWindow.windowSize() < window) {
      return;
    }
    double sum = 0;
    int count = 0;
    long lastTime = 0;
    RowIterator rows = rowWindow.getRowIterator();
    while (rows.hasNextRow()) {
      Row row = rows.next();
      lastTime = row.getTime();
      if (!row.isNull(0)) {
        sum += NumericInput.value(row, 0);
        count++;
      }
    }
    if (count > 0) {
      collector.putDouble(lastTime, sum / count);
    }
  }
}
