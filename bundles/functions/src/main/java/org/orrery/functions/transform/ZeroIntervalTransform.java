package org.orrery.functions.transform;

import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy;
import org.orrery.udf.api.type.Type;

/**
 * The continuous interval functions: find the maximal runs of consecutive points whose value is
 * zero (0 or false), or non-zero, and output each run at its first point's time with either its
 * duration (last time minus first time, so 0 for a single point) or its number of points, when
 * that measure lies in {@code [min, max]} (attributes). INT64 out.
 */
abstract class ZeroIntervalTransform extends BuiltinTransform {
  private final boolean zeroRuns;
  private final boolean byDuration;
  private long min;
  private long max;
  private boolean inRun;
  private long runStart;
  private long runEnd;
  private long runPoints;

  /**
   * @param zeroRuns whether runs of zeros (else of non-zeros) are reported
   * @param byDuration whether a run is measured by duration (else by point count)
   */
  ZeroIntervalTransform(String name, boolean zeroRuns, boolean byDuration) {
    super(name);
    this.zeroRuns = zeroRuns;
    this.byDuration = byDuration;
  }

  @Override
  protected void check(UDFParameterValidator validator) {
    validator.validateInputSeriesNumber(1).validateInputSeriesDataType(
        0, Type.INT32, Type.INT64, Type.FLOAT, Type.DOUBLE, Type.BOOLEAN);
  }

  @Override
  protected void configure(UDFParameters parameters, UDTFConfigurations configurations) {
    // Durations may be 0 (one point); a run always has at least one point.
    min = parameters.getLongOrDefault("min", byDuration ? 0L : 1L);
    max = parameters.getLongOrDefault("max", Long.MAX_VALUE);
    if (min > max) {
      throw invalid("attribute 'min' = " + min + " is greater than 'max' = " + max);
    }
    configurations.setAccessStrategy(new RowByRowAccessStrategy()).setOutputDataType(Type.INT64);
  }

  @Override
  public void transform(Row row, PointCollector collector) {
    if (row.isNull(0)) {
      return;
    }
    if (isZero(row) == zeroRuns) {
      if (!inRun) {
        inRun = true;
        runStart = row.getTime();
        runPoints = 0;
      }
      runEnd = row.getTime();
      runPoints++;
    } else {
      endRun(collector);
    }
  }

  @Override
  public void terminate(PointCollector collector) {
    endRun(collector);
  }

  private void endRun(PointCollector collector) {
    if (!inRun) {
      return;
    }
    inRun = false;
    long measure = byDuration ? runEnd - runStart : runPoints;
    if (measure >= min && measure <= max) {
      collector.putLong(runStart, measure);
    }
  }

  private static boolean isZero(Row row) {
    switch (row.getDataType(0)) {
      case BOOLEAN:
        return !row.getBoolean(0);
      case INT32:
        return row.getInt(0) == 0;
      case INT64:
        return row.getLong(0) == 0L;
      case FLOAT:
        return row.getFloat(0) == 0.0f;
      default:
        return row.getDouble(0) == 0.0;
    }
  }
}
