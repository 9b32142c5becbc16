package org.orrery.storage.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.engine.storage.Segment;
import org.orrery.storage.file.TsFileResource;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.read.ChunkInfo;
import org.orrery.tsfile.read.ChunkPages;
import org.orrery.tsfile.read.MetadataCache;
import org.orrery.tsfile.read.SeriesInfo;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.stats.Statistics;

/**
 * A scan over a region's sources for one device. Sources are grouped into clusters of
 * overlapping time ranges; a cluster of one file yields chunk segments (one series) or a file
 * segment (several), which may carry statistics; any other cluster becomes one merged segment.
 * Clusters are disjoint, so segments come out in scan order without overlap. The files stay
 * pinned until {@link #close()}.
 */
public final class RegionSeriesSource implements SeriesSource {
  private final ScanContext scan;
  private final List<ReadSource.File> pinned;
  private final Deque<List<ReadSource>> clusters = new ArrayDeque<>();
  private final Deque<Segment> ready = new ArrayDeque<>();
  private boolean closed;

  /**
   * @param sources the sources overlapping the query (files already pinned; they are unpinned by
   *     {@link #close()})
   * @param metadata the engine's cache of parsed file metadata
   */
  public RegionSeriesSource(
      SeriesQuery query, Intervals intervals, List<ReadSource> sources, CodecRegistry codecs,
      ScanCounters counters, MetadataCache metadata) {
    this.scan = new ScanContext(query, intervals, codecs, counters, metadata);
    this.pinned = new ArrayList<>();
    for (ReadSource s : sources) {
      if (s instanceof ReadSource.File f) {
        pinned.add(f);
      }
    }
    List<ReadSource> sorted = new ArrayList<>(sources);
    sorted.sort(Comparator.comparingLong(ReadSource::start));
    List<List<ReadSource>> ordered = new ArrayList<>();
    List<ReadSource> current = null;
    long currentEnd = Long.MIN_VALUE;
    for (ReadSource s : sorted) {
      if (current == null || s.start() > currentEnd) {
        current = new ArrayList<>();
        ordered.add(current);
        currentEnd = s.end();
      } else {
        currentEnd = Math.max(currentEnd, s.end());
      }
      current.add(s);
    }
    for (List<ReadSource> c : ordered) {
      c.sort(Comparator.comparingLong(ReadSource::version).thenComparingInt(ReadSource::rank));
      if (query.ascending()) {
        clusters.addLast(c);
      } else {
        clusters.addFirst(c);
      }
    }
  }

  @Override
  public Segment next() throws IOException {
    if (closed) {
      throw new IllegalStateException("series source is closed");
    }
    while (ready.isEmpty()) {
      List<ReadSource> cluster = clusters.pollFirst();
      if (cluster == null) {
        return null;
      }
      expand(cluster);
    }
    return ready.pollFirst();
  }

  private void expand(List<ReadSource> cluster) throws IOException {
    List<Segment> segments = new ArrayList<>();
    if (cluster.size() == 1 && cluster.get(0) instanceof ReadSource.File f) {
      if (scan.query().measurements().size() == 1) {
        if (!chunkSegments(f, segments)) {
          segments.clear();
          mergedSegments(cluster, f.start(), f.end(), segments);
        }
      } else {
        segments.add(new FileSegment(scan, f, fileStatistics(f)));
      }
    } else {
      long start = Long.MAX_VALUE;
      long end = Long.MIN_VALUE;
      for (ReadSource s : cluster) {
        start = Math.min(start, s.start());
        end = Math.max(end, s.end());
      }
      mergedSegments(cluster, start, end, segments);
    }
    if (!scan.query().ascending()) {
      java.util.Collections.reverse(segments);
    }
    ready.addAll(segments);
  }

  /**
   * Adds the merge of overlapping sources over {@code [start, end]} as one segment per window of
   * about {@link MergeWindows#BUDGET} points, so decoding one never holds the whole stretch.
   */
  private void mergedSegments(List<ReadSource> cluster, long start, long end, List<Segment> out)
      throws IOException {
    for (long[] w : MergeWindows.cut(scan, cluster, start, end, MergeWindows.BUDGET)) {
      List<ReadSource> inside = new ArrayList<>();
      for (ReadSource s : cluster) {
        if (s.start() <= w[1] && s.end() >= w[0]) {
          inside.add(s);
        }
      }
      if (!inside.isEmpty()) {
        out.add(new MergedSegment(scan, inside, w[0], w[1]));
      }
    }
  }

  /** Adds one segment per chunk; false when the file's chunks overlap (then merge instead). */
  private boolean chunkSegments(ReadSource.File f, List<Segment> out) throws IOException {
    TsFileReader reader = scan.reader(f.file());
    PartialPath device = scan.query().device();
    String measurement = scan.query().measurements().get(0);
    DataType type = scan.query().types().get(0);
    DeviceId id = DeviceId.parse(device.toString());
    Optional<SeriesInfo> info = reader.series(id, measurement);
    if (info.isEmpty() || info.get().type() != type) {
      return true;
    }
    List<ChunkInfo> chunks = new ArrayList<>(reader.chunks(id, measurement));
    chunks.sort(Comparator.comparingLong(c -> c.statistics().startTime()));
    long previousEnd = Long.MIN_VALUE;
    boolean first = true;
    for (ChunkInfo c : chunks) {
      Statistics s = c.statistics();
      if (s.count() == 0) {
        continue;
      }
      if (!first && s.startTime() <= previousEnd) {
        return false;
      }
      first = false;
      previousEnd = s.endTime();
      if (!scan.intervals().overlaps(s.startTime(), s.endTime())) {
        continue;
      }
      if (usable(f, measurement, s)) {
        out.add(new ChunkSegment(scan, f, s.startTime(), s.endTime(), StatisticsConverter.convert(type, s)));
      } else if (info.get().isAligned()) {
        // Aligned value pages pair with time pages: decode the chunk instead.
        out.add(new ChunkSegment(scan, f, s.startTime(), s.endTime(), null));
      } else {
        pageSegments(reader, id, f, c, type, out);
      }
    }
    return true;
  }

  /** Whether statistics over {@code [start, end]} of the file are exactly the visible points. */
  private boolean usable(ReadSource.File f, String measurement, Statistics s) {
    return scan.intervals().covers(s.startTime(), s.endTime())
        && !ChunkSegment.touchedByDeletion(f.deletions(), scan.query().device(), measurement,
            s.startTime(), s.endTime());
  }

  /**
   * Adds one segment per page of a chunk whose own statistics cannot be used, so the pages that
   * lie wholly inside the filter and outside every tombstone still answer from statistics.
   */
  private void pageSegments(TsFileReader reader, DeviceId id, ReadSource.File f, ChunkInfo chunk,
      DataType type, List<Segment> out) throws IOException {
    String measurement = scan.query().measurements().get(0);
    ChunkPages pages = reader.chunkPages(id, measurement, chunk);
    for (int p = 0; p < pages.pageCount(); p++) {
      Statistics s = pages.statistics(p);
      if (s.count() == 0 || !scan.intervals().overlaps(s.startTime(), s.endTime())) {
        continue;
      }
      out.add(new PageSegment(scan, f, pages, p, s.startTime(), s.endTime(),
          usable(f, measurement, s) ? StatisticsConverter.convert(type, s) : null));
    }
  }

  private SeriesStatistics[] fileStatistics(ReadSource.File f) throws IOException {
    TsFileReader reader = scan.reader(f.file());
    PartialPath device = scan.query().device();
    DeviceId id = DeviceId.parse(device.toString());
    int n = scan.query().measurements().size();
    SeriesStatistics[] out = new SeriesStatistics[n];
    for (int i = 0; i < n; i++) {
      String m = scan.query().measurements().get(i);
      DataType type = scan.query().types().get(i);
      Optional<SeriesInfo> info = reader.series(id, m);
      if (info.isEmpty() || info.get().type() != type) {
        return null;
      }
      Statistics s = info.get().statistics();
      if (s.count() == 0 || !scan.intervals().covers(s.startTime(), s.endTime())
          || ChunkSegment.touchedByDeletion(f.deletions(), device, m, s.startTime(), s.endTime())) {
        return null;
      }
      out[i] = StatisticsConverter.convert(type, s);
    }
    return out;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    scan.close();
    for (ReadSource.File f : pinned) {
      f.file().unpin();
    }
  }
}
