package org.orrery.cli.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;

/**
 * The header of an IoTDB CSV file. Two layouts: wide, {@code Time,root.sg.d1.s1,root.sg.d2.s1,...}
 * (one column per series), and by device, {@code Time,Device,s1,s2,...} (the layout of
 * {@code ALIGN BY DEVICE} results, one row per time and device). A column name may carry its type
 * in parentheses, e.g. {@code root.sg.d1.s1(INT32)}, as {@code export-csv --datatype} writes it.
 */
public final class CsvLayout {
  /** One value column of the file. */
  public record ValueColumn(int index, String device, String measurement, DataType declaredType) {}

  private final boolean byDevice;
  private final List<ValueColumn> columns;

  private CsvLayout(boolean byDevice, List<ValueColumn> columns) {
    this.byDevice = byDevice;
    this.columns = List.copyOf(columns);
  }

  /**
   * Reads a header line.
   *
   * @throws CsvFormatException naming the column when the header is not one of the two layouts
   */
  public static CsvLayout parse(List<String> header) throws CsvFormatException {
    if (header.isEmpty() || header.get(0) == null || !header.get(0).trim().equalsIgnoreCase("Time")) {
      throw new CsvFormatException("line 1: the first column must be 'Time', found '"
          + (header.isEmpty() ? "" : header.get(0)) + "'");
    }
    boolean byDevice = header.size() > 1 && header.get(1) != null
        && header.get(1).trim().equalsIgnoreCase("Device");
    List<ValueColumn> columns = new ArrayList<>();
    for (int i = byDevice ? 2 : 1; i < header.size(); i++) {
      String cell = header.get(i) == null ? "" : header.get(i).trim();
      if (cell.isEmpty()) {
        throw new CsvFormatException("line 1: column " + (i + 1) + " has no name");
      }
      DataType declared = null;
      String name = cell;
      int open = cell.lastIndexOf('(');
      if (cell.endsWith(")") && open > 0) {
        try {
          declared = DataType.fromName(cell.substring(open + 1, cell.length() - 1).trim());
          name = cell.substring(0, open).trim();
        } catch (IllegalArgumentException e) {
          throw new CsvFormatException("line 1: column '" + cell + "' declares an unknown type");
        }
      }
      columns.add(byDevice
          ? new ValueColumn(i, null, measurementName(name), declared)
          : seriesColumn(i, name, declared));
    }
    return new CsvLayout(byDevice, columns);
  }

  private static ValueColumn seriesColumn(int index, String name, DataType declared) throws CsvFormatException {
    PartialPath path;
    try {
      path = PartialPath.parse(name);
    } catch (OrreryException e) {
      throw new CsvFormatException("line 1: column '" + name + "' is not a series path: " + e.getMessage());
    }
    if (!path.isFullPath() || path.length() < 3 || path.hasWildcard()) {
      throw new CsvFormatException(
          "line 1: column '" + name + "' is not a series path like root.sg.d1.s1");
    }
    return new ValueColumn(index, path.devicePath().toString(), path.measurement(), declared);
  }

  /** A measurement header cell of the by-device layout: one node, possibly backquoted. */
  private static String measurementName(String name) throws CsvFormatException {
    try {
      PartialPath path = PartialPath.parse(name);
      if (path.length() != 1 || path.hasWildcard()) {
        throw new CsvFormatException("line 1: column '" + name + "' is not a measurement name");
      }
      return path.lastNode();
    } catch (OrreryException e) {
      throw new CsvFormatException("line 1: column '" + name + "' is not a measurement name: " + e.getMessage());
    }
  }

  public boolean byDevice() {
    return byDevice;
  }

  /** The value columns in file order. */
  public List<ValueColumn> columns() {
    return columns;
  }

  /** The columns of the wide layout grouped by device, devices in order of first appearance. */
  public Map<String, List<ValueColumn>> columnsByDevice() {
    Map<String, List<ValueColumn>> byDeviceMap = new LinkedHashMap<>();
    for (ValueColumn column : columns) {
      byDeviceMap.computeIfAbsent(column.device(), d -> new ArrayList<>()).add(column);
    }
    return byDeviceMap;
  }
}
