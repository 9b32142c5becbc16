package org.orrery.protocol.message;

import java.util.List;
import java.util.Objects;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * One device's values at one timestamp. Values are boxed as {@link Column#get} returns them
 * ({@code Boolean}, {@code Integer} for INT32 and DATE, {@code Long} for INT64 and TIMESTAMP,
 * {@code Float}, {@code Double}, {@code byte[]} for TEXT, STRING and BLOB) and never null: a
 * missing value is a measurement left out.
 */
public record WireRecord(
    String device, long time, List<String> measurements, List<DataType> types, List<Object> values) {

  public WireRecord {
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
    types = List.copyOf(types);
    values = List.copyOf(values);
    if (measurements.size() != types.size() || measurements.size() != values.size()) {
      throw new IllegalArgumentException(
          "record of " + device + " has " + measurements.size() + " measurements, " + types.size()
              + " types and " + values.size() + " values");
    }
    for (int i = 0; i < values.size(); i++) {
      Class<?> expected = boxedClass(types.get(i));
      if (!expected.isInstance(values.get(i))) {
        throw new IllegalArgumentException(
            "value of " + device + "." + measurements.get(i) + " is a "
                + values.get(i).getClass().getSimpleName() + ", a " + types.get(i)
                + " needs a " + expected.getSimpleName());
      }
    }
  }

  /** The boxed class a value of {@code type} has in a record. */
  public static Class<?> boxedClass(DataType type) {
    switch (type) {
      case BOOLEAN:
        return Boolean.class;
      case INT32:
      case DATE:
        return Integer.class;
      case INT64:
      case TIMESTAMP:
        return Long.class;
      case FLOAT:
        return Float.class;
      case DOUBLE:
        return Double.class;
      default:
        return byte[].class;
    }
  }
}
