package org.orrery.storage.flush;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.storage.memtable.ColumnBuffer;
import org.orrery.storage.memtable.DeviceBuffer;
import org.orrery.storage.memtable.SortedRows;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * Writes sorted rows of devices into one new TsFile and remembers each device's time range for
 * the resource file. The TsFile writer encodes and compresses pages as rows arrive and writes
 * chunk groups as its buffer fills; {@link #close()} writes the index and syncs the file.
 */
public final class TsFileBuilder implements Closeable {
  /** Rows per tablet handed to the TsFile writer (bounds the copy buffers). */
  static final int TABLET_ROWS = 8192;
  /** Rows materialised at a time when a device's columns may hold nulls. */
  static final int NULLABLE_BLOCK_ROWS = TABLET_ROWS * 8;

  private final Path path;
  private final TsFileWriter writer;
  private final Map<PartialPath, long[]> ranges = new LinkedHashMap<>();
  private boolean closed;

  public TsFileBuilder(Path path, CodecRegistry codecs, WriterOptions options) throws IOException {
    Files.createDirectories(path.getParent());
    this.path = path;
    this.writer = TsFileWriter.create(path, codecs, options);
  }

  public Path path() {
    return path;
  }

  /** Bytes written to the file so far. */
  public long position() {
    return writer.position();
  }

  /**
   * Writes rows {@code [0, rows)} of a device: ascending distinct {@code times} and one column per
   * measurement of {@code schema}, which also names each series' encoding and compressor (null
   * names take the writer's defaults; a series keeps the codecs of its first registration in this
   * file). Rows in which every column is null are left out. A device may be written several
   * times, each time with later rows.
   */
  public void writeDevice(
      PartialPath device,
      boolean aligned,
      List<MeasurementSchema> schema,
      long[] times,
      List<Column> columns,
      int rows)
      throws IOException {
    DeviceId id = DeviceId.parse(device.toString());
    writer.registerDevice(id, aligned, schema);
    Tablet tablet = new Tablet(id, schema, Math.max(1, Math.min(rows, TABLET_ROWS)));
    boolean noNulls = true;
    for (Column c : columns) {
      noNulls &= !c.mayHaveNulls() && !c.type().isBinary();
    }
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    int r = 0;
    while (r < rows) {
      tablet.reset();
      int n = 0;
      if (noNulls) {
        // Common case of regular ingestion: copy whole runs.
        n = Math.min(rows - r, tablet.capacity());
        System.arraycopy(times, r, tablet.times(), 0, n);
        for (int c = 0; c < columns.size(); c++) {
          System.arraycopy(columns.get(c).values(), r, tablet.column(c), 0, n);
        }
        first = Math.min(first, times[r]);
        last = Math.max(last, times[r + n - 1]);
        r += n;
      }
      while (r < rows && n < tablet.capacity()) {
        if (anyValue(columns, r)) {
          tablet.times()[n] = times[r];
          for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            if (col.isNull(r)) {
              tablet.setNull(c, n);
            } else {
              System.arraycopy(col.values(), r, tablet.column(c), n, 1);
            }
          }
          first = Math.min(first, times[r]);
          last = Math.max(last, times[r]);
          n++;
        }
        r++;
      }
      if (n > 0) {
        tablet.setRowCount(n);
        writer.write(tablet);
      }
    }
    if (first <= last) {
      long[] f = new long[] {first, last};
      ranges.merge(device, f, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
  }

  /**
   * Writes output rows {@code [from, to)} of a device's sorted memtable rows, each series with
   * the codecs its memtable column names. When no column can hold a null (regular ingestion of
   * fixed-width values) the values go from the memtable's chunks straight into the writer's
   * tablet, with no column arrays in between; otherwise blocks of rows are materialised as
   * columns and go through {@link #writeDevice}, which leaves out rows without any value. Both
   * routes hand the writer the same tablets (windows of {@link #TABLET_ROWS} rows from
   * {@code from}), so the file bytes do not depend on the route.
   */
  public void writeSorted(DeviceBuffer buffer, SortedRows rows, int from, int to) throws IOException {
    List<String> names = new ArrayList<>(buffer.columns().keySet());
    List<MeasurementSchema> schema = new ArrayList<>(names.size());
    List<ColumnBuffer> sources = new ArrayList<>(names.size());
    boolean noNulls = true;
    for (String name : names) {
      ColumnBuffer col = buffer.column(name);
      schema.add(MeasurementSchema.of(name, col.type(), col.encoding(), col.compression()));
      sources.add(col);
      noNulls &= !col.mayHaveNulls();
    }
    if (to <= from) {
      return;
    }
    if (noNulls) {
      writeWithoutNulls(buffer, schema, sources, rows, from, to);
      return;
    }
    for (int start = from; start < to; start += NULLABLE_BLOCK_ROWS) {
      int n = Math.min(to - start, NULLABLE_BLOCK_ROWS);
      List<Column> columns = new ArrayList<>(names.size());
      for (int c = 0; c < names.size(); c++) {
        columns.add(rows.column(names.get(c), sources.get(c).type(), start, n));
      }
      long[] times = Arrays.copyOfRange(rows.times(), start, start + n);
      writeDevice(buffer.device(), buffer.aligned(), schema, times, columns, n);
    }
  }

  /** {@link #writeSorted} of columns without nulls: one reused tablet filled from the memtable. */
  private void writeWithoutNulls(DeviceBuffer buffer, List<MeasurementSchema> schema, List<ColumnBuffer> sources,
      SortedRows rows, int from, int to) throws IOException {
    DeviceId id = DeviceId.parse(buffer.device().toString());
    writer.registerDevice(id, buffer.aligned(), schema);
    Tablet tablet = new Tablet(id, schema, Math.min(to - from, TABLET_ROWS));
    long[] times = rows.times();
    for (int r = from; r < to; r += tablet.capacity()) {
      int n = Math.min(to - r, tablet.capacity());
      tablet.reset();
      System.arraycopy(times, r, tablet.times(), 0, n);
      for (int c = 0; c < sources.size(); c++) {
        // No position of these columns is null, so fill never needs a null mask.
        rows.fill(sources.get(c), r, n, tablet.column(c), 0, null);
      }
      tablet.setRowCount(n);
      writer.write(tablet);
    }
    long[] range = new long[] {times[from], times[to - 1]};
    ranges.merge(buffer.device(), range, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
  }

  private static boolean anyValue(List<Column> columns, int row) {
    for (Column c : columns) {
      if (!c.isNull(row)) {
        return true;
      }
    }
    return false;
  }

  /** Per device the time range written (devices without any point are absent). */
  public Map<PartialPath, long[]> ranges() {
    return ranges;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** Finishes the file (index, tail, fsync). */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      writer.close();
    }
  }

  /** Closes without caring about errors and deletes the partial file. */
  public void abort() {
    try {
      closed = true;
      writer.close();
    } catch (IOException | RuntimeException ignored) {
      // The file is deleted below; its content does not matter.
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // Recovery deletes TsFiles without a resource file.
    }
  }
}
