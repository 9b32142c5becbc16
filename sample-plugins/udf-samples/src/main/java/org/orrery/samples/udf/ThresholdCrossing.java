package org.orrery.samples.udf;

import java.util.Locale;
import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.type.Type;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code threshold_crossing(series, 'threshold'='t', 'direction'='up|down|both')}: marks where a
 * numeric series crosses a threshold.
 *
 * <p>A point is <em>above</em> when its value is greater than {@code t}. Whenever a point is on
 * the other side than the previous non-null point, the function outputs, at that point's time,
 * INT32 {@code 1} for an upward crossing (to above) or {@code -1} for a downward one.
 * {@code direction} (default {@code both}) keeps only one kind. The first point and null points
 * output nothing.
 *
 * <p>Example with {@code threshold=10}: values 5, 12, 15, 8, 11 at times 1..5 give (2, 1),
 * (4, -1), (5, 1).
 */
@Component(
    service = UDTF.class,
    scope = ServiceScope.PROTOTYPE,
    property = UDFName.SERVICE_PROPERTY + "=threshold_crossing")
public class ThresholdCrossing implements UDTF {

  /** Which crossings the function outputs. */
  enum Direction {
    UP,
    DOWN,
    BOTH;

    static Direction parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UDFParameterNotValidException(
            "attribute 'direction' must be up, down or both, got '" + text + "'");
      }
    }
  }

  private double threshold;
  private Direction direction;
  private boolean seenPoint;
  private boolean above;

  @Override
  public void validate(UDFParameterValidator validator) {
    validator
        .validateInputSeriesNumber(1)
        .validateInputSeriesDataType(0, NumericInput.TYPES)
        .validateRequiredAttribute("threshold");
    UDFParameters parameters = validator.getParameters();
    validator.validate(Double::isFinite, "'threshold' must be a finite number",
        parameters.getDouble("threshold"));
    Direction.parse(parameters.getStringOrDefault("direction", "both"));
  }

  @Override
  public void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) {
    threshold = parameters.getDouble("threshold");
    direction = Direction.parse(parameters.getStringOrDefault("direction", "both"));
    configurations.setAccessStrategy(new RowByRowAccessStrategy()).setOutputDataType(Type.INT32);
  }

  @Override
  public void transform(Row row, PointCollector collector) {
    if (row.isNull(0)) {
      return;
    }
    boolean nowAbove = NumericInput.value(row, 0) > threshold;
    if (seenPoint && nowAbove != above) {
      if (nowAbove && direction != Direction.DOWN) {
        collector.putInt(row.getTime(), 1);
      } else if (!nowAbove && direction != Direction.UP) {
        collector.putInt(row.getTime(), -1);
      }
    }
    seenPoint = true;
    above = nowAbove;
  }
}
