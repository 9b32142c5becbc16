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
      List<SeriesPoints> parts = new ArrayList<>();
      for (int k = 0; k < present.size(); k++) {
        parts.add(null);
      }
      AlignedReader rows = reader.readAligned(id, names, range);
      for (AlignedBatch b = rows.next(); b != null; b = rows.next()) {
        for (int k = 0; k < present.size(); k++) {
          SeriesPoints p = fromTsFileColumn(b.times(), b.column(k), b.size());
          parts.set(k, parts.get(k) == null ? p : SeriesPoints.merge(parts.get(k), p));
        }
      }
      for (int k = 0; k < present.size(); k++) {
        if (parts.get(k) != null) {
          out[present.get(k)] = parts.get(k);
        }
      }
    } else {
      for (int i : present) {
        SeriesReader r = reader.readSeries(id, measurements.get(i), range);
        SeriesPoints acc = SeriesPoints.empty(types.get(i));
        for (SeriesBatch b = r.next(); b != null; b = r.next()) {
          acc = SeriesPoints.merge(acc, fromTsFileColumn(b.times(), b.values(), b.size()));
        }
        out[i] = acc;
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

  private static SeriesPoints fromTsFileColumn(
      long[] times, org.orrery.tsfile.read.Column col, int size) {
    boolean[] nulls = null;
    if (col.hasNulls()) {
      nulls = new boolean[size];
      for (int i = 0; i < size; i++) {
        nulls[i] = col.isNull(i);
      }
    }
    return SeriesPoints.fromColumn(times, new Column(col.type(), col.values(), nulls, size), size);
  }
}
