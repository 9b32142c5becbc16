package org.orrery.storage.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.storage.file.Deletion;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.read.AlignedBatch;
import org.orrery.tsfile.read.AlignedReader;
import org.orrery.tsfile.read.DeviceInfo;
import org.orrery.tsfile.read.SeriesBatch;
import org.orrery.tsfile.read.SeriesInfo;
import org.orrery.tsfile.read.SeriesReader;
import org.orrery.tsfile.read.TimeRange;
import org.orrery.tsfile.read.TsFileReader;

/**
 * Loads the visible points of some series of a device from one TsFile: within a time range,
 * inside the query's intervals, minus the file's tombstones. A series the file lacks, or holds
 * with another type (the series was recreated), yields no points.
 */
public final class FileSeriesLoader {
  private FileSeriesLoader() {}

  public static SeriesPoints[] load(
      TsFileReader reader,
      PartialPath device,
      List<String> measurements,
      List<DataType> types,
      long from,
      long to,
      Intervals intervals,
      List<Deletion> deletions)
      throws IOException {
    return load(reader, device, measurements, types, from, to, intervals, deletions, true);
  }

  /**
   * Like {@link #load(TsFileReader, PartialPath, List, List, long, long, Intervals, List)}; with
   * {@code withValues} false the points carry no values ({@link SeriesPoints#hasValues()}), and
   * only timestamps (and aligned null bitmaps) are decoded.
   */
  public static SeriesPoints[] load(
      TsFileReader reader,
      PartialPath device,
      List<String> measurements,
      List<DataType> types,
      long from,
      long to,
      Intervals intervals,
      List<Deletion> deletions,
      boolean withValues)
      throws IOException {
    return load(reader, device, measurements, types, from, to, intervals, deletions, withValues, null);
  }

  /**
   * Like the other loads; a times-only load of a single non-aligned series decodes into the
   * times buffer of {@code scan} when it is large enough and leaves the array it used there for
   * the next load (the points then share that array: use them before the next load of the scan).
   */
  static SeriesPoints[] load(
      TsFileReader reader,
      PartialPath device,
      List<String> measurements,
      List<DataType> types,
      long from,
      long to,
      Intervals intervals,
      List<Deletion> deletions,
      boolean withValues,
      ScanContext scan)
      throws IOException {
    if (!intervals.isEmpty()) {
      // Let the reader cut pages to the query's span by binary search; points between several
      // intervals are dropped by visible() below.
      from = Math.max(from, intervals.start());
      to = Math.min(to, intervals.end());
    }
    SeriesPoints[] out = new SeriesPoints[measurements.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = SeriesPoints.empty(types.get(i));
    }
    DeviceId id = DeviceId.parse(device.toString());
    Optional<DeviceInfo> info = reader.device(id);
    if (info.isEmpty() || from > to) {
      return out;
    }
    TimeRange range = TimeRange.of(from, to);
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      Optional<SeriesInfo> s = reader.series(id, measurements.get(i));
      if (s.isPresent() && s.get().type() == types.get(i)) {
        present.add(i);
      }
    }
    if (present.isEmpty()) {
      return out;
    }
    if (info.get().isAligned()) {
      List<String> names = new ArrayList<>();
      for (int i : present) {
        names.add(measurements.get(i));
      }
      List<List<SeriesPoints>> parts = new ArrayList<>();
      for (int k = 0; k < present.size(); k++) {
        parts.add(new ArrayList<>());
      }
      AlignedReader rows = reader.readAligned(id, names, range, withValues);
      for (AlignedBatch b = rows.next(); b != null; b = rows.next()) {
        for (int k = 0; k < present.size(); k++) {
          parts.get(k).add(fromTsFileColumn(types.get(present.get(k)), b.times(), b.column(k), b.size()));
        }
      }
      for (int k = 0; k < present.size(); k++) {
        out[present.get(k)] = SeriesPoints.mergeAll(types.get(present.get(k)), parts.get(k));
      }
    } else {
      for (int i : present) {
        if (!withValues) {
          // All pages' times decoded into one array: no per-page arrays to join.
          SeriesBatch all = reader.readTimes(id, measurements.get(i), range,
              scan == null || present.size() > 1 ? null : scan.timesBuffer());
          if (scan != null && present.size() == 1) {
            scan.keepTimesBuffer(all.times());
          }
          out[i] = new SeriesPoints(types.get(i), all.times(), null, all.size());
          continue;
        }
        SeriesReader r = reader.readSeries(id, measurements.get(i), range, true);
        List<SeriesPoints> parts = new ArrayList<>();
        for (SeriesBatch b = r.next(); b != null; b = r.next()) {
          parts.add(fromTsFileColumn(types.get(i), b.times(), b.values(), b.size()));
        }
        out[i] = SeriesPoints.mergeAll(types.get(i), parts);
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = visible(out[i], device, measurements.get(i), intervals, deletions);
    }
    return out;
  }

  /** Keeps the points inside the intervals and not covered by a tombstone of the series. */
  public static SeriesPoints visible(
      SeriesPoints points, PartialPath device, String measurement, Intervals intervals,
      List<Deletion> deletions) {
    if (points.isEmpty()) {
      return points;
    }
    List<Deletion> relevant = new ArrayList<>();
    for (Deletion d : deletions) {
      if (d.device().equals(device) && d.measurement().equals(measurement)
          && d.overlaps(points.firstTime(), points.lastTime())) {
        relevant.add(d);
      }
    }
    boolean allInside = intervals.covers(points.firstTime(), points.lastTime());
    if (relevant.isEmpty() && allInside) {
      return points;
    }
    return points.filter(t -> {
      if (!allInside && !intervals.contains(t)) {
        return false;
      }
      for (Deletion d : relevant) {
        if (d.covers(t)) {
          return false;
        }
      }
      return true;
    });
  }

  /** The points of a batch column: its non-null positions (values absent in a times-only read). */
  static SeriesPoints fromTsFileColumn(
      DataType type, long[] times, org.orrery.tsfile.read.Column col, int size) {
    if (!col.hasNulls()) {
      return new SeriesPoints(type, times, col.values(), size);
    }
    boolean[] kept = new boolean[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      kept[i] = !col.isNull(i);
      if (kept[i]) {
        n++;
      }
    }
    long[] t = new long[n];
    for (int i = 0, k = 0; i < size; i++) {
      if (kept[i]) {
        t[k++] = times[i];
      }
    }
    Object values = col.values() == null ? null : Gather.kept(type, col.values(), kept, size, n);
    return new SeriesPoints(type, t, values, n);
  }
}
