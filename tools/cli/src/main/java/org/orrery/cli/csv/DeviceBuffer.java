package org.orrery.cli.csv;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.orrery.cli.server.DeviceBatch;
import org.orrery.common.type.DataType;

/**
 * Rows of one device waiting to be inserted, kept as the CSV cells. Types that the header does
 * not declare are inferred from the first batch that has values for the column and then kept
 * for the rest of the file, so one series never changes type within an import.
 */
final class DeviceBuffer {
  private final String device;
  private final List<String> measurements;
  private final DataType[] types;
  private final int capacity;
  private final long[] times;
  private final long[] lines;
  private final String[][] cells;
  private int size;

  DeviceBuffer(String device, List<String> measurements, List<DataType> declaredTypes, int capacity) {
    this.device = device;
    this.measurements = List.copyOf(measurements);
    this.types = declaredTypes.toArray(new DataType[0]);
    this.capacity = capacity;
    this.times = new long[capacity];
    this.lines = new long[capacity];
    this.cells = new String[measurements.size()][capacity];
  }

  String device() {
    return device;
  }

  int size() {
    return size;
  }

  boolean isFull() {
    return size == capacity;
  }

  /** Adds a row; {@code rowCells} are parallel to the measurements, {@code null} = no value. */
  void add(long time, String[] rowCells, long line) {
    times[size] = time;
    lines[size] = line;
    for (int c = 0; c < rowCells.length; c++) {
      cells[c][size] = rowCells[c];
    }
    size++;
  }

  /**
   * Converts the buffered rows into a batch (columns without any value left out) and empties the
   * buffer; a cell that does not fit its column's type is reported on {@code err}, naming line and
   * series, and left out.
   *
   * @return the batch, or {@code null} when no row has a value
   */
  DeviceBatch drain(CsvValues values, boolean aligned, PrintWriter err, long[] failedCells) {
    List<String> batchMeasurements = new ArrayList<>();
    List<DataType> batchTypes = new ArrayList<>();
    List<Object[]> batchValues = new ArrayList<>();
    for (int c = 0; c < measurements.size(); c++) {
      if (types[c] == null) {
        types[c] = inferType(cells[c]);
      }
      if (types[c] == null) {
        continue;
      }
      Object[] column = new Object[size];
      boolean any = false;
      for (int r = 0; r < size; r++) {
        String cell = cells[c][r];
        if (cell == null) {
          continue;
        }
        try {
          column[r] = values.value(cell, types[c]);
          any = true;
        } catch (IllegalArgumentException e) {
          err.println("line " + lines[r] + ", " + device + "." + measurements.get(c) + ": " + e.getMessage());
          failedCells[0]++;
        }
      }
      if (any) {
        batchMeasurements.add(measurements.get(c));
        batchTypes.add(types[c]);
        batchValues.add(column);
      }
    }
    int rows = size;
    long[] batchTimes = Arrays.copyOf(times, rows);
    size = 0;
    for (String[] column : cells) {
      Arrays.fill(column, null);
    }
    if (batchMeasurements.isEmpty()) {
      return null;
    }
    return new DeviceBatch(device, aligned, batchMeasurements, batchTypes, batchTimes,
        batchValues.toArray(new Object[0][]), rows);
  }

  /** The line range of the buffered rows, for error messages. */
  String lineRange() {
    return size == 0 ? "" : "lines " + lines[0] + "-" + lines[size - 1];
  }

  private DataType inferType(String[] column) {
    DataType type = null;
    for (int r = 0; r < size; r++) {
      if (column[r] != null) {
        type = CsvValues.widen(type, CsvValues.inferType(column[r]));
      }
    }
    return type;
  }
}
