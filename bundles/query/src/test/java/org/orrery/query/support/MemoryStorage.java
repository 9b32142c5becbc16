package org.orrery.query.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.LastPoint;
import org.orrery.engine.storage.RegionStatus;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.query.block.ColumnBuilder;

/**
 * A test double of storage: points in sorted maps, scanned as segments of {@code segmentPoints}
 * consecutive times of the device. A segment offers statistics when one requested interval
 * covers it whole, as real storage does; {@link #decodes} counts segments decoded.
 */
public final class MemoryStorage implements StorageEngine {
  private final Map<PartialPath, TreeMap<String, TreeMap<Long, Object>>> data = new TreeMap<>();
  private final int segmentPoints;
  public final AtomicInteger decodes = new AtomicInteger();
  public final AtomicInteger flushes = new AtomicInteger();
  /** Every batch written, in order. */
  public final List<WriteBatch> batches = Collections.synchronizedList(new ArrayList<>());
  /** Every scan opened, in order. */
  public final List<SeriesQuery> opened = Collections.synchronizedList(new ArrayList<>());
  /** The TTL set for each database. */
  public final Map<PartialPath, Long> ttls = new java.util.concurrent.ConcurrentHashMap<>();

  public MemoryStorage(int segmentPoints) {
    this.segmentPoints = segmentPoints;
  }

  @Override
  public synchronized void write(WriteBatch batch) {
    batches.add(batch);
    TreeMap<String, TreeMap<Long, Object>> device = data.computeIfAbsent(batch.device(), d -> new TreeMap<>());
    for (int c = 0; c < batch.measurements().size(); c++) {
      TreeMap<Long, Object> points = device.computeIfAbsent(batch.measurements().get(c), m -> new TreeMap<>());
      Column column = batch.columns().get(c);
      for (int r = 0; r < batch.rowCount(); r++) {
        if (!column.isNull(r)) {
          points.put(batch.times()[r], column.get(r));
        }
      }
    }
  }

  @Override
  public void write(List<WriteBatch> batches) {
    batches.forEach(this::write);
  }

  @Override
  public synchronized void delete(PartialPath database, PartialPath device, List<String> measurements, long from, long to) {
    TreeMap<String, TreeMap<Long, Object>> points = data.get(device);
    if (points == null) {
      return;
    }
    for (String measurement : measurements) {
      TreeMap<Long, Object> series = points.get(measurement);
      if (series != null) {
        series.subMap(from, true, to, true).clear();
      }
    }
  }

  @Override
  public synchronized void dropDatabase(PartialPath database) {
    data.keySet().removeIf(device -> device.startsWith(database));
  }

  @Override
  public void setTtl(PartialPath database, long ttlMillis) {
    ttls.put(database, ttlMillis);
  }

  public synchronized long points(PartialPath device, String measurement) {
    TreeMap<String, TreeMap<Long, Object>> points = data.get(device);
    return points == null || !points.containsKey(measurement) ? 0 : points.get(measurement).size();
  }

  @Override
  public synchronized SeriesSource open(SeriesQuery query) {
    opened.add(query);
    TreeMap<String, TreeMap<Long, Object>> device = data.getOrDefault(query.device(), new TreeMap<>());
    List<TreeMap<Long, Object>> columns = new ArrayList<>();
    TreeSet<Long> times = new TreeSet<>();
    for (String measurement : query.measurements()) {
      TreeMap<Long, Object> points = new TreeMap<>(device.getOrDefault(measurement, new TreeMap<>()));
      columns.add(points);
      times.addAll(points.keySet());
    }
    List<Long> all = new ArrayList<>(times);
    List<Segment> segments = new ArrayList<>();
    for (int from = 0; from < all.size(); from += segmentPoints) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + segmentPoints));
      long start = chunk.get(0);
      long end = chunk.get(chunk.size() - 1);
      boolean overlaps = false;
      boolean covered = false;
      for (TimeInterval interval : query.intervals()) {
        overlaps |= interval.overlaps(start, end);
        covered |= interval.covers(start, end);
      }
      if (overlaps) {
        segments.add(new MemorySegment(query, columns, new ArrayList<>(chunk), covered));
      }
    }
    if (!query.ascending()) {
      Collections.reverse(segments);
    }
    return new SeriesSource() {
      private int next;

      @Override
      public Segment next() {
        return next < segments.size() ? segments.get(next++) : null;
      }

      @Override
      public void close() {}
    };
  }

  private final class MemorySegment implements Segment {
    private final SeriesQuery query;
    private final List<TreeMap<Long, Object>> columns;
    private final List<Long> times;
    private final boolean covered;

    MemorySegment(SeriesQuery query, List<TreeMap<Long, Object>> columns, List<Long> times, boolean covered) {
      this.query = query;
      this.columns = columns;
      this.times = times;
      this.covered = covered;
    }

    @Override
    public long startTime() {
      return times.get(0);
    }

    @Override
    public long endTime() {
      return times.get(times.size() - 1);
    }

    @Override
    public SeriesStatistics[] statistics() {
      if (!covered) {
        return null;
      }
      SeriesStatistics[] out = new SeriesStatistics[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        DataType type = query.types().get(c);
        Map<Long, Object> points = columns.get(c).subMap(startTime(), true, endTime(), true);
        long count = points.size();
        Object first = null;
        Object last = null;
        Object min = null;
        Object max = null;
        double sum = type.isNumeric() ? 0 : Double.NaN;
        long st = Long.MAX_VALUE;
        long et = Long.MIN_VALUE;
        for (Map.Entry<Long, Object> point : points.entrySet()) {
          Object v = point.getValue();
          if (first == null) {
            first = v;
          }
          last = v;
          st = Math.min(st, point.getKey());
          et = Math.max(et, point.getKey());
          if (type.isNumeric()) {
            double d = ((Number) v).doubleValue();
            sum += d;
            if (min == null || d < ((Number) min).doubleValue()) {
              min = v;
            }
            if (max == null || d > ((Number) max).doubleValue()) {
              max = v;
            }
          }
        }
        out[c] = new SeriesStatistics(type, count, count == 0 ? startTime() : st, count == 0 ? endTime() : et,
            first, last, min, max, sum);
      }
      return out;
    }

    @Override
    public Block decode() {
      decodes.incrementAndGet();
      List<Long> visible = new ArrayList<>();
      for (long t : times) {
        for (TimeInterval interval : query.intervals()) {
          if (interval.contains(t)) {
            visible.add(t);
            break;
          }
        }
      }
      if (!query.ascending()) {
        Collections.reverse(visible);
      }
      long[] out = new long[visible.size()];
      List<Column> built = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        ColumnBuilder builder = new ColumnBuilder(query.types().get(c), visible.size());
        for (long t : visible) {
          builder.appendBoxed(columns.get(c).get(t));
        }
        built.add(builder.build());
      }
      for (int i = 0; i < out.length; i++) {
        out[i] = visible.get(i);
      }
      return new Block(out, built, out.length);
    }
  }

  @Override
  public synchronized Optional<LastPoint> last(PartialPath database, PartialPath device, boolean aligned,
      String measurement, DataType type) {
    TreeMap<String, TreeMap<Long, Object>> points = data.get(device);
    if (points == null || !points.containsKey(measurement) || points.get(measurement).isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<Long, Object> last = points.get(measurement).lastEntry();
    return Optional.of(new LastPoint(last.getKey(), type, last.getValue()));
  }

  @Override
  public void flush(PartialPath database) {
    flushes.incrementAndGet();
  }

  @Override
  public List<RegionStatus> regions() {
    return List.of();
  }
}
