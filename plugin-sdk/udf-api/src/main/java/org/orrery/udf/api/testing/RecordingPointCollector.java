package org.orrery.udf.api.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.DateValue;
import org.orrery.udf.api.type.Type;

/**
 * A {@link PointCollector} for unit tests that records the points a UDTF outputs and enforces the
 * server's rules: the value must match the output type and times must strictly increase. A broken
 * rule throws {@link IllegalStateException} naming the point.
 *
 * <p>Recorded values are boxed: {@code Integer}, {@code Long}, {@code Float}, {@code Double},
 * {@code Boolean}, {@link Binary} for TEXT/STRING/BLOB and {@link LocalDate} for DATE.
 */
public final class RecordingPointCollector implements PointCollector {

  /** One output point. */
  public record Point(long time, Object value) {}

  private final Type outputType;
  private final List<Point> points = new ArrayList<>();

  /** A collector for a UDTF whose output type is {@code outputType}. */
  public RecordingPointCollector(Type outputType) {
    this.outputType = Objects.requireNonNull(outputType, "outputType");
  }

  /** The points output so far, in order. */
  public List<Point> points() {
    return Collections.unmodifiableList(points);
  }

  /** The times of the points output so far. */
  public long[] times() {
    return points.stream().mapToLong(Point::time).toArray();
  }

  /** The values of the points output so far. */
  public List<Object> values() {
    return points.stream().map(Point::value).toList();
  }

  @Override
  public void putInt(long time, int value) {
    record(time, value, "putInt", Type.INT32);
  }

  @Override
  public void putLong(long time, long value) {
    record(time, value, "putLong", Type.INT64, Type.TIMESTAMP);
  }

  @Override
  public void putFloat(long time, float value) {
    record(time, value, "putFloat", Type.FLOAT);
  }

  @Override
  public void putDouble(long time, double value) {
    record(time, value, "putDouble", Type.DOUBLE);
  }

  @Override
  public void putBoolean(long time, boolean value) {
    record(time, value, "putBoolean", Type.BOOLEAN);
  }

  @Override
  public void putBinary(long time, Binary value) {
    Objects.requireNonNull(value, "value");
    record(time, value, "putBinary", Type.TEXT, Type.STRING, Type.BLOB);
  }

  @Override
  public void putString(long time, String value) {
    record(time, Binary.of(value), "putString", Type.TEXT, Type.STRING);
  }

  @Override
  public void putDate(long time, LocalDate value) {
    DateValue.toInt(value); // rejects dates the server cannot store
    record(time, value, "putDate", Type.DATE);
  }

  private void record(long time, Object value, String method, Type... accepted) {
    boolean typeMatches = false;
    for (Type type : accepted) {
      typeMatches |= type == outputType;
    }
    if (!typeMatches) {
      throw new IllegalStateException(
          method + "(" + time + ", " + value + ") does not match the output type " + outputType);
    }
    if (!points.isEmpty() && time <= points.get(points.size() - 1).time()) {
      throw new IllegalStateException(
          "output times must strictly increase, but " + time + " follows "
              + points.get(points.size() - 1).time());
    }
    points.add(new Point(time, value));
  }
}
