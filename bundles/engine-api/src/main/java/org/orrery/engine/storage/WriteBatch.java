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
 * @param encodings per column, the series' encoding name (e.g. {@code GORILLA}), or {@code null}
 *     entries (or a {@code null} list) for the storage engine's default for the type
 * @param compressions per column, the series' compressor name (e.g. {@code LZ4}), or {@code null}
 *     entries (or a {@code null} list) for the default
 */
public record WriteBatch(
    PartialPath database,
    PartialPath device,
    boolean aligned,
    List<String> measurements,
    long[] times,
    List<Column> columns,
    int rowCount,
    List<String> encodings,
    List<String> compressions) {

  /** A batch whose series use the storage engine's default encodings and compressors. */
  public WriteBatch(
      PartialPath database,
      PartialPath device,
      boolean aligned,
      List<String> measurements,
      long[] times,
      List<Column> columns,
      int rowCount) {
    this(database, device, aligned, measurements, times, columns, rowCount, null, null);
  }

  public WriteBatch {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
    columns = List.copyOf(columns);
    if (measurements.size() != columns.size()) {
      throw new IllegalArgumentException(
          measurements.size() + " measurements but " + columns.size() + " columns");
    }
    encodings = codecNames(encodings, measurements.size(), "encodings");
    compressions = codecNames(compressions, measurements.size(), "compressions");
    if (times.length < rowCount) {
      throw new IllegalArgumentException("fewer timestamps than rows: " + times.length);
    }
  }

  private static List<String> codecNames(List<String> names, int columns, String what) {
    if (names == null) {
      return java.util.Collections.nCopies(columns, null);
    }
    if (names.size() != columns) {
      throw new IllegalArgumentException(columns + " columns but " + names.size() + " " + what);
    }
    return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(names));
  }

  /** The encoding name of a column's series, or {@code null} for the default. */
  public String encoding(int column) {
    return encodings.get(column);
  }

  /** The compressor name of a column's series, or {@code null} for the default. */
  public String compression(int column) {
    return compressions.get(column);
  }

  public DataType type(int column) {
    return columns.get(column).type();
  }
}
