package org.orrery.engine.storage;

import java.util.List;
import java.util.Objects;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;

/**
 * Rows for one device, in columnar form, ready for the storage engine: the schema has been
 * checked, and each column has its series' type. Times need not be sorted or distinct; a later
 * row with the same time overwrites an earlier one (per column, nulls do not overwrite).
 *
 * @param database the database of the device (selects the data region)
 * @param device the device path
 * @param aligned whether the device is aligned
 * @param measurements the measurement names, one per column
 * @param times timestamps, at least {@code rowCount}
 * @param columns one column per measurement, each typed as its series
 * @param rowCount number of rows
 */
public record WriteBatch(
    PartialPath database,
    PartialPath device,
    boolean aligned,
    List<String> measurements,
    long[] times,
    List<Column> columns,
    int rowCount) {

  public WriteBatch {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
    columns = List.copyOf(columns);
    if (measurements.size() != columns.size()) {
      throw new IllegalArgumentException(
          measurements.size() + " measurements but " + columns.size() + " columns");
    }
    if (times.length < rowCount) {
      throw new IllegalArgumentException("fewer timestamps than rows: " + times.length);
    }
  }

  public DataType type(int column) {
    return columns.get(column).type();
  }
}
