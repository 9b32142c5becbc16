package org.orrery.cli.server;

import java.util.List;
import java.util.Objects;
import org.orrery.common.type.DataType;

/**
 * Rows of one device to insert in one call (what the CSV importer produces). {@code values[c][r]}
 * is the value of measurement {@code c} at row {@code r}, boxed as the type's Java class
 * ({@code Boolean}, {@code Integer}, {@code Long}, {@code Float}, {@code Double}, {@code String}
 * for TEXT/STRING, {@code byte[]} for BLOB, {@code Integer} yyyyMMdd for DATE, {@code Long} for
 * TIMESTAMP), {@code null} for no value.
 *
 * @param device the device path in written form (nodes backquoted where needed)
 */
public record DeviceBatch(
    String device, boolean aligned, List<String> measurements, List<DataType> types, long[] times,
    Object[][] values, int rowCount) {

  public DeviceBatch {
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
    types = List.copyOf(types);
    if (measurements.size() != types.size() || values.length != types.size()) {
      throw new IllegalArgumentException(
          "device " + device + ": " + measurements.size() + " measurements, " + types.size()
              + " types and " + values.length + " value columns");
    }
    if (times.length < rowCount) {
      throw new IllegalArgumentException("device " + device + ": fewer timestamps than rows");
    }
  }
}
