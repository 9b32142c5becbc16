package org.orrery.cli.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.cli.csv.CsvLayout.ValueColumn;
import org.orrery.cli.server.DeviceBatch;
import org.orrery.cli.server.ServerLink;
import org.orrery.cli.server.StatementFailure;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;

/**
 * Loads an IoTDB-layout CSV file (see {@link CsvLayout}) into the server in per-device batches
 * of at most {@code batchRows} rows. Bad lines and cells are reported on the error stream with
 * their line number and skipped; a batch the server rejects is reported and the import goes on,
 * so one bad series does not lose the rest of the file.
 */
public final class CsvImporter {
  /** What an import did. */
  public record Summary(long rows, long insertedBatches, long failedLines, long failedCells, long rejectedBatches) {
    public boolean clean() {
      return failedLines == 0 && failedCells == 0 && rejectedBatches == 0;
    }
  }

  private final ServerLink link;
  private final CsvValues values;
  private final int batchRows;
  private final boolean aligned;
  private final PrintWriter err;

  public CsvImporter(ServerLink link, CsvValues values, int batchRows, boolean aligned, PrintWriter err) {
    this.link = link;
    this.values = values;
    this.batchRows = batchRows;
    this.aligned = aligned;
    this.err = err;
  }

  /**
   * Imports one file.
   *
   * @throws CsvFormatException when the header is not an IoTDB CSV header
   * @throws IOException when the file cannot be read
   */
  public Summary importFile(Path file, Progress progress) throws IOException {
    long totalBytes = Files.size(file);
    try (CountingStream counting = new CountingStream(Files.newInputStream(file));
         CsvReader reader = new CsvReader(new InputStreamReader(counting, StandardCharsets.UTF_8))) {
      List<String> header = reader.next();
      if (header == null) {
        throw new CsvFormatException(file + " is empty (expected a header line starting with Time)");
      }
      CsvLayout layout = CsvLayout.parse(header);
      Run run = new Run(layout, header.size());
      for (List<String> record = reader.next(); record != null; record = reader.next()) {
        run.accept(record, reader.recordLine());
        progress.update(counting.count, totalBytes, run.rows);
      }
      run.flushAll();
      progress.finish(run.rows);
      return new Summary(run.rows, run.batches, run.failedLines, run.failedCells[0], run.rejected);
    }
  }

  /** The state of one file's import. */
  private final class Run {
    private final CsvLayout layout;
    private final int width;
    private final Map<String, List<ValueColumn>> wideDevices;
    private final List<String> fileMeasurements = new ArrayList<>();
    private final List<DataType> fileTypes = new ArrayList<>();
    private final Map<String, DeviceBuffer> buffers = new LinkedHashMap<>();
    private long rows;
    private long batches;
    private long failedLines;
    private final long[] failedCells = new long[1];
    private long rejected;

    Run(CsvLayout layout, int width) {
      this.layout = layout;
      this.width = width;
      this.wideDevices = layout.byDevice() ? Map.of() : layout.columnsByDevice();
      for (ValueColumn column : layout.columns()) {
        fileMeasurements.add(column.measurement());
        fileTypes.add(column.declaredType());
      }
    }

    void accept(List<String> record, long line) {
      if (record.size() != width) {
        reportLine(line, "expected " + width + " fields, found " + record.size());
        return;
      }
      long time;
      try {
        time = values.time(record.get(0) == null ? "" : record.get(0));
      } catch (IllegalArgumentException e) {
        reportLine(line, e.getMessage());
        return;
      }
      if (layout.byDevice()) {
        String device;
        try {
          device = PartialPath.parse(record.get(1) == null ? "" : record.get(1).trim()).toString();
        } catch (OrreryException e) {
          reportLine(line, "bad device '" + record.get(1) + "': " + e.getMessage());
          return;
        }
        String[] cells = new String[layout.columns().size()];
        for (int c = 0; c < cells.length; c++) {
          cells[c] = record.get(layout.columns().get(c).index());
        }
        add(device, fileMeasurements, fileTypes, time, cells, line);
      } else {
        for (Map.Entry<String, List<ValueColumn>> device : wideDevices.entrySet()) {
          List<ValueColumn> columns = device.getValue();
          String[] cells = new String[columns.size()];
          boolean any = false;
          for (int c = 0; c < cells.length; c++) {
            cells[c] = record.get(columns.get(c).index());
            any |= cells[c] != null;
          }
          if (any) {
            add(device.getKey(), null, null, time, cells, line);
          }
        }
      }
      rows++;
    }

    private void add(String device, List<String> measurements, List<DataType> types, long time, String[] cells, long line) {
      DeviceBuffer buffer = buffers.computeIfAbsent(device, d -> newBuffer(d, measurements, types));
      buffer.add(time, cells, line);
      if (buffer.isFull()) {
        flush(buffer);
      }
    }

    private DeviceBuffer newBuffer(String device, List<String> measurements, List<DataType> types) {
      if (measurements != null) {
        return new DeviceBuffer(device, measurements, types, batchRows);
      }
      List<String> names = new ArrayList<>();
      List<DataType> declared = new ArrayList<>();
      for (ValueColumn column : wideDevices.get(device)) {
        names.add(column.measurement());
        declared.add(column.declaredType());
      }
      return new DeviceBuffer(device, names, declared, batchRows);
    }

    private void flush(DeviceBuffer buffer) {
      String range = buffer.lineRange();
      DeviceBatch batch = buffer.drain(values, aligned, err, failedCells);
      if (batch == null) {
        return;
      }
      try {
        link.insert(batch);
        batches++;
      } catch (StatementFailure failure) {
        rejected++;
        err.println(range + ", device " + buffer.device() + ": Msg: " + failure.userMessage());
      }
    }

    void flushAll() {
      for (DeviceBuffer buffer : buffers.values()) {
        flush(buffer);
      }
    }

    private void reportLine(long line, String problem) {
      failedLines++;
      err.println("line " + line + ": " + problem);
    }
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
