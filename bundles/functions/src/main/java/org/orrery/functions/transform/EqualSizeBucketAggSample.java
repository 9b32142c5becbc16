package org.orrery.functions.transform;

import java.util.Locale;
import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code equal_size_bucket_agg_sample(x, 'type'='avg', 'proportion'='p')}: for every bucket of
 * {@code (int) (1 / p)} points, one point at the bucket's first time holding an aggregate of the
 * bucket: {@code avg} (default), {@code max}, {@code min}, {@code sum}, {@code extreme} (largest
 * magnitude, positive on ties) or {@code variance} (population variance). The output keeps the
 * input's type, as IoTDB documents it; for whole inputs a fractional aggregate is truncated.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=equal_size_bucket_agg_sample")
public final class EqualSizeBucketAggSample extends EqualSizeBucketTransform {
  /** The aggregates a bucket can be reduced to. */
  private enum Aggregate {
    AVG,
    MAX,
    MIN,
    SUM,
    EXTREME,
    VARIANCE
  }

  private Aggregate aggregate;

  public EqualSizeBucketAggSample() {
    super("equal_size_bucket_agg_sample");
  }

  @Override
  protected int bucketSize(UDFParameters parameters, double proportion) {
    return (int) (1 / proportion);
  }

  @Override
  protected void checkAttributes(UDFParameters parameters) {
    aggregate(parameters);
  }

  @Override
  protected void configure(UDFParameters parameters, UDTFConfigurations configurations) {
    super.configure(parameters, configurations);
    aggregate = aggregate(parameters);
  }

  private static Aggregate aggregate(UDFParameters parameters) {
    String name = parameters.getStringOrDefault("type", "avg");
    try {
      return Aggregate.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid("attribute 'type' = '" + name
          + "' is not one of avg, max, min, sum, extreme, variance");
    }
  }

  @Override
  public void transform(RowWindow window, PointCollector collector) {
    int size = window.windowSize();
    if (size == 0) {
      return;
    }
    long time = window.getRow(0).getTime();
    int bottom = 0;
    int top = 0;
    for (int i = 1; i < size; i++) {
      if (WindowExtremes.compare(window, i, bottom) < 0) {
        bottom = i;
      }
      if (WindowExtremes.compare(window, i, top) > 0) {
        top = i;
      }
    }
    switch (aggregate) {
      case MAX:
        InputValues.copy(collector, time, window.getRow(top), 0);
        return;
      case MIN:
        InputValues.copy(collector, time, window.getRow(bottom), 0);
        return;
      case EXTREME:
        boolean topWins = magnitude(window, top) >= magnitude(window, bottom);
        InputValues.copy(collector, time, window.getRow(topWins ? top : bottom), 0);
        return;
      default:
        InputValues.putNumber(collector, type, time, arithmetic(window, size));
        return;
    }
  }

  private static double magnitude(RowWindow window, int row) {
    return Math.abs(InputValues.doubleOf(window.getRow(row), 0));
  }

  /** The sum, average or population variance of the bucket, in double arithmetic. */
  private double arithmetic(RowWindow window, int size) {
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += InputValues.doubleOf(window.getRow(i), 0);
    }
    if (aggregate == Aggregate.SUM) {
      return sum;
    }
    if (aggregate == Aggregate.AVG) {
      // IoTDB adds up each value divided by the bucket size, which rounds differently from
      // sum / size (its sample page shows 74.50000000000001 for the bucket 70.0 .. 79.0)
      double average = 0;
      for (int i = 0; i < size; i++) {
        average += InputValues.doubleOf(window.getRow(i), 0) / size;
      }
      return average;
    }
    double mean = sum / size;
    double squares = 0;
    for (int i = 0; i < size; i++) {
      double deviation = InputValues.doubleOf(window.getRow(i), 0) - mean;
      squares += deviation * deviation;
    }
    return squares / size;
  }
}
