package org.orrery.query.udtf;

import java.time.LocalDate;
import java.util.Arrays;
import org.orrery.common.block.Block;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.block.Values;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.DateValue;

/**
 * Collects a UDTF's output, enforcing the API's rules: values of the declared output type, times
 * strictly increasing over the whole run.
 */
final class CheckedCollector implements PointCollector {
  private final String function;
  private final DataType type;
  private ColumnBuilder values;
  private long[] times = new long[64];
  private int size;
  /** The last time put over the whole run (outputs are taken in parts while the input streams). */
  private long lastTime;
  private boolean any;

  CheckedCollector(String function, DataType type) {
    this.function = function;
    this.type = type;
    this.values = new ColumnBuilder(type, 64);
  }

  private void time(long time, String method, DataType... accepted) {
    boolean ok = false;
    for (DataType candidate : accepted) {
      ok |= candidate == type;
    }
    if (!ok) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "function " + function + " declared output type " + type + " but called " + method);
    }
    if (any && time <= lastTime) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "function " + function + " output time "
          + time + " after " + lastTime + ": output times must strictly increase");
    }
    any = true;
    lastTime = time;
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
    }
    times[size++] = time;
  }

  @Override
  public void putInt(long time, int value) {
    time(time, "putInt", DataType.INT32);
    values.appendInt(value);
  }

  @Override
  public void putLong(long time, long value) {
    time(time, "putLong", DataType.INT64, DataType.TIMESTAMP);
    values.appendLong(value);
  }

  @Override
  public void putFloat(long time, float value) {
    time(time, "putFloat", DataType.FLOAT);
    values.appendFloat(value);
  }

  @Override
  public void putDouble(long time, double value) {
    time(time, "putDouble", DataType.DOUBLE);
    values.appendDouble(value);
  }

  @Override
  public void putBoolean(long time, boolean value) {
    time(time, "putBoolean", DataType.BOOLEAN);
    values.appendBoolean(value);
  }

  @Override
  public void putBinary(long time, Binary value) {
    time(time, "putBinary", DataType.TEXT, DataType.STRING, DataType.BLOB);
    values.appendBinary(value.toByteArray());
  }

  @Override
  public void putString(long time, String value) {
    time(time, "putString", DataType.TEXT, DataType.STRING);
    values.appendBinary(Values.utf8(value));
  }

  @Override
  public void putDate(long time, LocalDate value) {
    time(time, "putDate", DataType.DATE);
    values.appendInt(DateValue.toInt(value));
  }

  /** The points put since the last call, and starts collecting anew. */
  Block take() {
    Block out = new Block(Arrays.copyOf(times, size), java.util.List.of(values.build()), size);
    values = new ColumnBuilder(type, 64);
    size = 0;
    return out;
  }
}
