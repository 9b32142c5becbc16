package org.orrery.udf.api.testing;

import java.time.LocalDate;
import java.util.Objects;
import org.orrery.udf.api.collector.ResultValue;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.Type;

/**
 * A {@link ResultValue} for unit tests that records the result a UDAF sets for a group and
 * enforces the server's rules: one result, matching the output type. A broken rule throws
 * {@link IllegalStateException}.
 */
public final class RecordingResultValue implements ResultValue {
  private final Type outputType;
  private boolean set;
  private Object value;

  /** A result holder for a UDAF whose output type is {@code outputType}. */
  public RecordingResultValue(Type outputType) {
    this.outputType = Objects.requireNonNull(outputType, "outputType");
  }

  /** Whether a result (possibly null) was set. */
  public boolean isSet() {
    return set;
  }

  /** Whether the result set is null. */
  public boolean isNull() {
    return set && value == null;
  }

  /**
   * The result, boxed as {@link RecordingPointCollector} boxes values, or {@code null} for a null
   * result.
   *
   * @throws IllegalStateException when no result was set
   */
  public Object get() {
    if (!set) {
      throw new IllegalStateException("the UDAF set no result");
    }
    return value;
  }

  @Override
  public void setBoolean(boolean value) {
    record(value, "setBoolean", Type.BOOLEAN);
  }

  @Override
  public void setInt(int value) {
    record(value, "setInt", Type.INT32);
  }

  @Override
  public void setLong(long value) {
    record(value, "setLong", Type.INT64, Type.TIMESTAMP);
  }

  @Override
  public void setFloat(float value) {
    record(value, "setFloat", Type.FLOAT);
  }

  @Override
  public void setDouble(double value) {
    record(value, "setDouble", Type.DOUBLE);
  }

  @Override
  public void setBinary(Binary value) {
    record(Objects.requireNonNull(value, "value"), "setBinary", Type.TEXT, Type.STRING, Type.BLOB);
  }

  @Override
  public void setString(String value) {
    record(Binary.of(value), "setString", Type.TEXT, Type.STRING);
  }

  @Override
  public void setDate(LocalDate value) {
    record(Objects.requireNonNull(value, "value"), "setDate", Type.DATE);
  }

  @Override
  public void setNull() {
    record(null, "setNull", outputType);
  }

  private void record(Object newValue, String method, Type... accepted) {
    if (set) {
      throw new IllegalStateException(
          method + " called after the result was already set to " + value);
    }
    boolean typeMatches = false;
    for (Type type : accepted) {
      typeMatches |= type == outputType;
    }
    if (!typeMatches) {
      throw new IllegalStateException(
          method + "(" + newValue + ") does not match the output type " + outputType);
    }
    set = true;
    value = newValue;
  }
}
